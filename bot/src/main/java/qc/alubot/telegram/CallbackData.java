package qc.alubot.telegram;

import java.util.Optional;

/**
 * What a button does, written in its {@code callback_data}. Telegram allows 64 bytes there,
 * so a button names the exchange ({@code Answer.id()}, 36 characters) rather than carrying
 * its question or sources; those are looked up in {@link RecentAnswers}.
 *
 * @param action what to do
 * @param index  which related question or example, else 0
 * @param value  the exchange id, the language code…; empty when the action needs none
 */
record CallbackData(Action action, int index, String value) {

    enum Action {
        HELPFUL("up"), NOT_HELPFUL("down"), SOURCES("src"), PERSON("who"), RELATED("rel"), EXAMPLE("ex"),
        CONTACTS("contacts"), COMPANIES("companies"), LANGUAGE("lang"), FORGET_YES("forget-yes"), FORGET_NO("forget-no");

        private final String code;

        Action(String code) {
            this.code = code;
        }
    }

    static CallbackData of(Action action) {
        return new CallbackData(action, 0, "");
    }

    static CallbackData of(Action action, String value) {
        return new CallbackData(action, 0, value);
    }

    static CallbackData of(Action action, int index, String value) {
        return new CallbackData(action, index, value);
    }

    String encode() {
        return action.code + ":" + index + ":" + value;
    }

    /** Empty for data this version of the bot did not write (an old button, a forged query). */
    static Optional<CallbackData> decode(String data) {
        if (data == null) {
            return Optional.empty();
        }
        String[] fields = data.split(":", 3);
        if (fields.length != 3) {
            return Optional.empty();
        }
        for (Action action : Action.values()) {
            if (action.code.equals(fields[0])) {
                try {
                    return Optional.of(new CallbackData(action, Integer.parseInt(fields[1]), fields[2]));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
