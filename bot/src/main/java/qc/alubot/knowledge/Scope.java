package qc.alubot.knowledge;

import java.util.List;
import java.util.Map;
import qc.alubot.language.Language;

/**
 * What the bot talks about, from {@code scope.yaml}.
 *
 * @param inScope    words and phrases that mark a question as being about the cluster
 * @param outOfScope topics the bot declines even when the cluster is mentioned (prices, weather…)
 * @param variants   groups of names for the same thing ("QC", "Québec"); a question using one
 *                   is searched with the group's first name too. Search aids, not facts.
 */
public record Scope(Map<Language, List<String>> inScope, Map<Language, List<String>> outOfScope,
                    List<List<String>> variants) {

    public Scope {
        variants = variants.stream().map(List::copyOf).toList();
    }

    public static Scope empty() {
        return new Scope(Map.of(), Map.of(), List.of());
    }
}
