package qc.alubot.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

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
    /**
     * @param asWritten compared as written, not by stems: a proper name ("Extrudex" is no plural of
     *                  "extrude" to the French stemmer)
     */
    private record Entry<T>(T value, Language language, List<String> terms, List<String> surfaces, boolean exact,
                            boolean anyLanguage, boolean asWritten) {
    }

    /**
     * A phrase found in a question.
     *
     * @param length terms in the phrase: longer phrases are more specific
     * @param start  where the phrase begins in the question's text (character offset)
     * @param end    where it ends
     */
    public record Match<T>(T value, int length, int typos, int start, int end) {

        /** Terms matched, less the typos it took: "équipementiers" as typed beats a two-word name found with four typos. */
        public int weight() {
            return length - typos;
        }
    }

    /**
     * A phrase whose analysed terms have fewer letters than this is noise, not a name: "R&D"
     * analysed as French is the lone letter "r", which any "r u there" would match.
     */
    private static final int SHORTEST = 2;

    private final List<Entry<T>> entries = new ArrayList<>();
    private final Vocabulary vocabulary;

    /** A matcher that forgives any near miss of a longer word. */
    public PhraseMatcher() {
        this(Vocabulary.NONE);
    }

    /**
     * A matcher that takes no word of {@code vocabulary} for a typo: "extruder" is a word the
     * knowledge itself uses, not a misspelt "Extrudex".
     */
    public PhraseMatcher(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

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

    /**
     * Adds a phrase of one language, found with its typos forgiven in questions in that language,
     * and only as written in the other: an English name stemmed as French ("supply" and
     * "supplier" both "suppli") would find what nobody asked.
     */
    public PhraseMatcher<T> addNative(T value, String phrase, Language language, boolean exact) {
        add(value, phrase, EnumSet.of(language), exact, false);
        return add(value, phrase, EnumSet.of(language.other()), true, true);
    }

    /**
     * Adds a proper name, found in questions in either language and compared as written, a typo
     * or two forgiven in longer words unless {@code exact}.
     */
    public PhraseMatcher<T> addName(T value, String name, boolean exact) {
        return add(value, name, EnumSet.allOf(Language.class), exact, true);
    }

    private PhraseMatcher<T> add(T value, String phrase, Set<Language> languages, boolean exact) {
        return add(value, phrase, languages, exact, false);
    }

    private PhraseMatcher<T> add(T value, String phrase, Set<Language> languages, boolean exact, boolean asWritten) {
        for (Language language : languages) {
            List<Analyzers.Token> tokens = Analyzers.tokens(AnalyzerCache.get(language), phrase);
            if (tokens.stream().mapToInt(t -> t.term().length()).sum() >= SHORTEST) {
                List<String> surfaces = tokens.stream().map(t -> Texts.fold(phrase.substring(t.start(), t.end()))).toList();
                entries.add(new Entry<>(value, language, tokens.stream().map(Analyzers.Token::term).toList(), surfaces,
                        exact, languages.size() > 1, asWritten));
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
            List<Analyzers.Token> tokens = text.tokens(entry.language());
            int[] placement = bestPlacement(entry, text.terms(entry.language()), text.surfaces(entry.language()), vocabulary);
            if (placement != null) {
                int last = placement[0] + entry.terms().size() - 1;
                matches.add(new Match<>(entry.value(), entry.terms().size(), placement[1], tokens.get(placement[0]).start(),
                        tokens.get(last).end()));
            }
        }
        matches.sort(Comparator.comparingInt((Match<T> m) -> -m.weight()).thenComparingInt(Match::typos)
                .thenComparingInt(m -> -m.length()).thenComparingInt(Match::start));
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
        int longest = matches.get(0).weight();
        return matches.stream().filter(m -> m.weight() == longest).map(Match::value).toList();
    }

    /**
     * The values of matches that do not overlap a better one: "vice chair of the board" is the
     * vice-chair, not also the chair; "président, vice-présidence, trésorerie" is all three.
     */
    public List<T> findDistinct(AnalyzedText text) {
        List<Match<T>> kept = new ArrayList<>();
        for (Match<T> match : find(text)) {
            if (kept.stream().noneMatch(k -> match.start() < k.end() && k.start() < match.end()
                    && !(match.start() == k.start() && match.end() == k.end() && match.weight() == k.weight()))) {
                kept.add(match);
            }
        }
        return kept.stream().map(Match::value).distinct().toList();
    }

    /** Whether one phrase is all there is to the question ("equipment manufacturers?"). */
    public boolean isWholeOf(AnalyzedText text) {
        for (Entry<T> entry : entries) {
            boolean applicable = entry.anyLanguage() || entry.language() == text.language();
            List<String> question = text.terms(entry.language());
            if (applicable && question.size() == entry.terms().size()
                    && bestPlacement(entry, question, text.surfaces(entry.language()), vocabulary) != null) {
                return true;
            }
        }
        return false;
    }

    public boolean foundIn(AnalyzedText text) {
        return !find(text).isEmpty();
    }

    /** The best placement of the phrase in the question, as {first term, typos}; null when it is not there. */
    private static int[] bestPlacement(Entry<?> entry, List<String> question, List<String> typed, Vocabulary vocabulary) {
        List<String> phrase = entry.terms();
        int[] best = null;
        for (int start = 0; start + phrase.size() <= question.size(); start++) {
            int typos = 0;
            for (int i = 0; i < phrase.size() && typos >= 0; i++) {
                String term = question.get(start + i);
                boolean realWord = vocabulary.has(entry.language(), term);
                int distance = entry.asWritten()
                        ? writtenDistance(withoutElision(entry.surfaces().get(i)), withoutPossessive(typed.get(start + i)), entry.exact() || realWord)
                        : distance(phrase.get(i), term, entry.exact() || realWord);
                if (distance < 0 && !entry.exact() && !realWord && !entry.asWritten()) {
                    distance = distance(entry.surfaces().get(i), typed.get(start + i), false);
                }
                typos = distance < 0 ? -1 : typos + distance;
            }
            if (typos >= 0 && (best == null || typos < best[1])) {
                best = new int[] {start, typos};
            }
        }
        return best;
    }

    /** As written, a plural allowed ("budgets" is "budget"; "value" is no "values"). */
    private static int writtenDistance(String known, String typed, boolean exact) {
        if (typed.equals(known + "s") || typed.equals(known + "x")) {
            return 0;
        }
        return distance(known, typed, exact);
    }

    /** French elisions before a name: "d'Alcoa", "l'AVS", "qu'AluQuébec". */
    private static final Pattern ELISION = Pattern.compile("^(?:d|l|qu|j|s|n|m|t|c)['’]");

    /** "Alouette's" is Alouette; so is "d'Alouette". */
    private static String withoutPossessive(String word) {
        String name = withoutElision(word);
        return name.endsWith("'s") || name.endsWith("’s") ? name.substring(0, name.length() - 2) : name;
    }

    /** "d'affaires" is "affaires" on both sides, in a name as in a question. */
    private static String withoutElision(String word) {
        int mark = word.indexOf('\'') >= 0 ? word.indexOf('\'') : word.indexOf('’');
        if (mark < 1 || mark > 2) {
            return word; // no elision: the common case, decided without a regular expression
        }
        String once = ELISION.matcher(word).replaceFirst("");
        return once.length() > 2 && (once.charAt(1) == '\'' || once.charAt(1) == '’')
                ? ELISION.matcher(once).replaceFirst("") : once; // "d'l'Amérique", spoken Québec French
    }

    private static int distance(String known, String typed, boolean exact) {
        if (known.equals(typed)) {
            return 0;
        }
        if (exact) {
            return -1;
        }
        int tolerance = known.length() >= 9 ? 2 : known.length() >= 5 ? 1 : 0;
        // two letters dropped or added make another word more often than a slip: "present" is no "president"
        if (tolerance == 0 || Math.abs(known.length() - typed.length()) > 1) {
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
