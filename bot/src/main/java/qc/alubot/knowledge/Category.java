package qc.alubot.knowledge;

import java.util.List;
import java.util.Map;
import qc.alubot.language.Language;

/**
 * A kind of company (primary producer, equipment manufacturer…), with the words investors use for it.
 *
 * @param container    organisations that have members (a cluster, a network): "is X a member of
 *                     AluQuébec?" is a question about X, and the sources list no such members
 * @param countPassage id of a passage giving the category's real total, when the companies named
 *                     are only examples (76 equipment manufacturers, 27 named); null when none
 */
public record Category(String id, Localized label, Map<Language, List<String>> aliases, boolean container,
                       String countPassage, Origin origin) {

    public List<String> aliasesIn(Language language) {
        return aliases.getOrDefault(language, List.of());
    }
}
