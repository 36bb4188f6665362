package qc.alubot.language;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The words a text collection uses, as analysed terms per language. A word in it is a real word,
 * never a typo of a name one letter away.
 */
public final class Vocabulary {

    public static final Vocabulary NONE = new Vocabulary(Map.of());

    private final Map<Language, Set<String>> terms;

    private Vocabulary(Map<Language, Set<String>> terms) {
        this.terms = terms;
    }

    /** The vocabulary of {@code texts}, each analysed under both languages' analyzers. */
    public static Vocabulary of(Iterable<String> texts) {
        Map<Language, Set<String>> terms = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Set<String> known = new HashSet<>();
            for (String text : texts) {
                known.addAll(Analyzers.terms(AnalyzerCache.get(language), text));
            }
            terms.put(language, Set.copyOf(known));
        }
        return new Vocabulary(terms);
    }

    public boolean has(Language language, String term) {
        return terms.getOrDefault(language, Set.of()).contains(term);
    }

    public int size(Language language) {
        return terms.getOrDefault(language, Set.of()).size();
    }
}
