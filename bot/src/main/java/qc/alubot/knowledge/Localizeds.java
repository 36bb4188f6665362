package qc.alubot.knowledge;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import qc.alubot.language.Language;

/** Reads the {@code {en: …, fr: …}} pairs that the YAML files use for anything shown to investors. */
final class Localizeds {

    private Localizeds() {
    }

    static Localized required(YamlMap entry, String key) {
        if (!entry.has(key)) {
            entry.problems().error(entry.file(), entry.line(), "missing field '" + key + "' (with an 'en' and an 'fr' value)");
            return null;
        }
        return entry.map(key).map(pair -> {
            pair.allowOnly(Set.of("en", "fr"));
            String en = pair.requiredText("en");
            String fr = pair.requiredText("fr");
            return en == null || fr == null ? null : new Localized(en, fr);
        }).orElse(null);
    }

    static Map<Language, List<String>> lists(YamlMap entry, String key) {
        Map<Language, List<String>> lists = new EnumMap<>(Language.class);
        entry.map(key).ifPresent(pair -> {
            pair.allowOnly(Set.of("en", "fr"));
            for (Language language : Language.values()) {
                lists.put(language, pair.textList(language.code()));
            }
        });
        return lists;
    }
}
