package qc.alubot.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds known phrases (names, roles, categories, topics) in a question, comparing stemmed
 * terms under both analyzers and forgiving a typo or two in longer words. The longest
 * phrase found wins: "vice-chair" beats "chair".
 *
 * @param <T> what a phrase stands for (a contact, a company, a category…)
 */
public final class PhraseMatcher<T> {

    /**
     * @param anyLanguage a name, found whatever the question's language; otherwise a phrase of
     *                    {@code language}, found only in questions written in it ("Présidente"
     *                    must not answer "Who is the president of AluQuébec?")
     */
    private record Entry<T>(T value, Language language, List<String> terms, boolean exact, boolean anyLanguage) {
    }

    /** A phrase found in a question. */
    public record Match<T>(T value, int length, int typos) {
    }

    private final List<Entry<T>> entries = new ArrayList<>();

    /** Adds a name ({@code phrase}), to be found in questions in either language. */
    public PhraseMatcher<T> add(T value, String phrase) {
        return add(value, phrase, EnumSet.allOf(Language.class), false);
    }

    /** Adds a phrase of one language, to be found in questions analysed in that language. */
    public PhraseMatcher<T> add(T value, String phrase, Language language) {
        return add(value, phrase, EnumSet.of(language), false);
    }

    /** Adds a name to be found only as typed, without typo tolerance (short or common words). */
    public PhraseMatcher<T> addExact(T value, String phrase) {
        return add(value, phrase, EnumSet.allOf(Language.class), true);
    }

    /**
     * Adds a phrase of one language without typo tolerance: titles like "Chair" are one letter
     * from everyday words ("chain"), so only the real word may match.
     */
    public PhraseMatcher<T> addExact(T value, String phrase, Language language) {
        return add(value, phrase, EnumSet.of(language), true);
    }

    private PhraseMatcher<T> add(T value, String phrase, Set<Language> languages, boolean exact) {
        for (Language language : languages) {
            List<String> terms = Analyzers.terms(AnalyzerCache.get(language), phrase);
            if (!terms.isEmpty()) {
                entries.add(new Entry<>(value, language, terms, exact, languages.size() > 1));
            }
        }
        return this;
    }

    /** Every value found, longest phrase first, each value once. */
    public List<Match<T>> find(AnalyzedText text) {
        List<Match<T>> matches = new ArrayList<>();
        for (Entry<T> entry : entries) {
            if (!entry.anyLanguage() && entry.language() != text.language()) {
                continue;
            }
            int typos = bestTypos(entry, text.terms(entry.language()));
            if (typos >= 0) {
                matches.add(new Match<>(entry.value(), entry.terms().size(), typos));
            }
        }
        matches.sort(Comparator.comparingInt((Match<T> m) -> -m.length()).thenComparingInt(Match::typos));
        List<Match<T>> distinct = new ArrayList<>();
        for (Match<T> match : matches) {
            if (distinct.stream().noneMatch(d -> Objects.equals(d.value(), match.value()))) {
                distinct.add(match);
            }
        }
        return distinct;
    }

    /** The values of the longest matches only: ties are genuinely ambiguous and all returned. */
    public List<T> findLongest(AnalyzedText text) {
        List<Match<T>> matches = find(text);
        if (matches.isEmpty()) {
            return List.of();
        }
        int longest = matches.get(0).length();
        return matches.stream().filter(m -> m.length() == longest).map(Match::value).toList();
    }

    /** Whether one phrase is all there is to the question ("equipment manufacturers?"). */
    public boolean isWholeOf(AnalyzedText text) {
        for (Entry<T> entry : entries) {
            boolean applicable = entry.anyLanguage() || entry.language() == text.language();
            List<String> question = text.terms(entry.language());
            if (applicable && question.size() == entry.terms().size() && bestTypos(entry, question) >= 0) {
                return true;
            }
        }
        return false;
    }

    public boolean foundIn(AnalyzedText text) {
        return !find(text).isEmpty();
    }

    /** Typos in the best placement of the phrase in the question, or -1 when it is not there. */
    private static int bestTypos(Entry<?> entry, List<String> question) {
        List<String> phrase = entry.terms();
        int best = -1;
        for (int start = 0; start + phrase.size() <= question.size(); start++) {
            int typos = 0;
            for (int i = 0; i < phrase.size() && typos >= 0; i++) {
                int distance = distance(phrase.get(i), question.get(start + i), entry.exact());
                typos = distance < 0 ? -1 : typos + distance;
            }
            if (typos >= 0 && (best < 0 || typos < best)) {
                best = typos;
            }
        }
        return best;
    }

    private static int distance(String known, String typed, boolean exact) {
        if (known.equals(typed)) {
            return 0;
        }
        if (exact) {
            return -1;
        }
        int tolerance = known.length() >= 9 ? 2 : known.length() >= 5 ? 1 : 0;
        if (tolerance == 0 || Math.abs(known.length() - typed.length()) > tolerance) {
            return -1;
        }
        int distance = EditDistance.between(known, typed);
        return distance <= tolerance ? distance : -1;
    }

    /** A matcher of {@code phrases.keySet()}, each standing for its value. */
    public static <T> PhraseMatcher<T> of(Map<String, T> phrases) {
        PhraseMatcher<T> matcher = new PhraseMatcher<>();
        phrases.forEach((phrase, value) -> matcher.add(value, phrase));
        return matcher;
    }
}
