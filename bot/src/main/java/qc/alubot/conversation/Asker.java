package qc.alubot.conversation;

/**
 * Who asked, as the channel knows them. Raw ids stay in memory: the logbook stores only keyed
 * hashes of them.
 *
 * @param userId   the person (Telegram user id), or null when the channel has none
 * @param chatId   the conversation (Telegram chat id), or null
 * @param chatType {@code private}, {@code group}, {@code supergroup}, {@code http}, {@code terminal}…
 */
public record Asker(String userId, String chatId, String chatType) {

    public static Asker anonymous(String chatType) {
        return new Asker(null, null, chatType);
    }

    @Override
    public String toString() {
        return "Asker[" + chatType + "]"; // ids are personal data: never in logs
    }
}
