package qc.alubot.knowledge;

import java.util.List;
import java.util.Map;
import qc.alubot.language.Language;

/** A kind of company (primary producer, equipment manufacturer…), with the words investors use for it. */
public record Category(String id, Localized label, Map<Language, List<String>> aliases) {

    public List<String> aliasesIn(Language language) {
        return aliases.getOrDefault(language, List.of());
    }
}
