package qc.alubot.knowledge;

import java.util.EnumMap;
import java.util.Map;
import qc.alubot.language.Language;

/** The bot's own wording, per language, with {@code {placeholder}} substitution. */
public final class Replies {

    private final Map<Language, Map<Reply, String>> wording;

    public Replies(Map<Language, Map<Reply, String>> wording) {
        EnumMap<Language, Map<Reply, String>> copy = new EnumMap<>(Language.class);
        wording.forEach((language, texts) -> copy.put(language, Map.copyOf(texts)));
        this.wording = copy;
    }

    /** Every sentence in every language, placeholders left in (the evaluation counts their words as the bot's own). */
    public java.util.List<String> texts() {
        return wording.values().stream().flatMap(texts -> texts.values().stream()).toList();
    }

    /**
     * @param values placeholder names and values, alternating: {@code "name", "Malika Cherry"}
     */
    public String say(Language language, Reply reply, String... values) {
        String text = wording.getOrDefault(language, Map.of()).getOrDefault(reply, "");
        for (int i = 0; i + 1 < values.length; i += 2) {
            text = text.replace("{" + values[i] + "}", values[i + 1] == null ? "" : values[i + 1]);
        }
        return text;
    }
}
