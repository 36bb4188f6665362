package qc.alubot.language;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A question analysed once, both ways: its stemmed terms under the English and the French
 * analyzer, and its plain folded words. Matchers compare like with like.
 */
public final class AnalyzedText {

    private final String text;
    private final Language language;
    private final Map<Language, List<Analyzers.Token>> tokens = new EnumMap<>(Language.class);
    private final Map<Language, List<String>> terms = new EnumMap<>(Language.class);
    private final Map<Language, List<String>> surfaces = new EnumMap<>(Language.class);
    private final List<String> words;
    /** The words joined and padded with spaces, once: phrase checks run hundreds of times a question. */
    private final String wordLine;
    /** The same with hyphens as spaces. */
    private final String splitLine;

    /**
     * @param language the language the question is written in, as far as it can be told
     */
    public AnalyzedText(String text, Language language) {
        this.text = text;
        this.language = language;
        for (Language each : Language.values()) {
            List<Analyzers.Token> analysed = Analyzers.tokens(AnalyzerCache.get(each), text);
            tokens.put(each, analysed);
            terms.put(each, analysed.stream().map(Analyzers.Token::term).toList());
            surfaces.put(each, analysed.stream().map(t -> Texts.fold(text.substring(t.start(), t.end()))).toList());
        }
        this.words = Texts.words(text);
        this.wordLine = " " + String.join(" ", words) + " ";
        this.splitLine = wordLine.indexOf('-') < 0 ? wordLine : wordLine.replace('-', ' ');
    }

    public String text() {
        return text;
    }

    public Language language() {
        return language;
    }

    public List<String> terms(Language language) {
        return terms.get(language);
    }

    /** The terms with where their words stand in {@link #text()}, for telling what lies between two mentions. */
    public List<Analyzers.Token> tokens(Language language) {
        return tokens.get(language);
    }

    /** Each term's word as typed, folded: typos are measured on these ("smelterz" is one letter from "smelters"). */
    public List<String> surfaces(Language language) {
        return surfaces.get(language);
    }

    /** Folded words, stop words kept: for spotting intent words like "who" or "combien". */
    public List<String> words() {
        return words;
    }

    /** Whether any of {@code phrases} is in the question (see {@link #hasPhrase}). */
    public boolean hasAnyPhrase(Collection<String> phrases) {
        return phrases.stream().anyMatch(this::hasPhrase);
    }

    /**
     * Whether the folded words contain {@code phrase} (one or more folded words) in a row, with
     * hyphenated words read whole ("a-t-il") or apart ("confirme-le" holds "confirme").
     */
    public boolean hasPhrase(String phrase) {
        return wordLine.contains(" " + phrase + " ") || splitLine.contains(" " + phrase + " ");
    }
}
