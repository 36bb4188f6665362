package qc.alubot.language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.apache.lucene.util.CharsRef;

/**
 * The English and French analyzers used for both passages and questions: stemming (KStem for
 * English: lighter than Porter, it keeps "produce" apart from "producers"), elision,
 * stop words, accents folded, and spelling variants ("aluminum"/"aluminium") made one word.
 */
public final class Analyzers {

    /**
     * Spelling variants written to one canonical word before stemming. Kept to true variants of
     * the same word: meaning-level closeness is the semantic index's job.
     */
    private static final Map<Language, Map<String, String>> VARIANTS = Map.of(
            Language.EN, Map.of("aluminium", "aluminum", "alu", "aluminum", "centre", "center",
                    "centres", "centers", "organisation", "organization", "organisations", "organizations", "prod", "production"),
            Language.FR, Map.of("aluminum", "aluminium", "alu", "aluminium", "courriel", "email", "mail", "email",
                    "prod", "production", "transfo", "transformation"));

    /**
     * Words that frame a question rather than say what it is about. Left in, an unknown filler
     * word ("tell", "combien") would count against every passage's coverage of the question.
     */
    private static final Map<Language, List<String>> QUESTION_WORDS = Map.of(
            Language.EN, List.of("how", "many", "much", "what", "what's", "whats", "which", "who", "who's", "whom",
                    "whose", "where", "when", "why", "do", "does", "did", "can", "could", "would", "should", "please",
                    "tell", "me", "give", "know", "want", "like", "about", "information", "info", "i", "you", "we",
                    "my", "your", "our", "us", "any", "some", "here", "get", "find", "hi", "hello", "hey", "thanks",
                    "has", "have", "had", "its", "his", "her", "their", "them", "also", "more", "there's", "is",
                    "are", "was", "were", "been", "being", "let", "need", "explain", "describe", "say", "said",
                    "exactly", "please", "pls", "plz", "wondering", "wonder", "curious"),
            Language.FR, List.of("combien", "quel", "quelle", "quels", "quelles", "quoi", "comment", "où", "ou",
                    "quand", "pourquoi", "dites", "dire", "donner", "donnez", "donne", "savoir", "voudrais",
                    "aimerais", "pouvez", "pourriez", "peux", "svp", "information", "informations", "renseignement",
                    "renseignements", "y", "a", "t", "il", "ça", "ca", "cela", "existe", "existe-t-il", "est-ce",
                    "parlez", "parle", "moi", "sont", "est", "ont", "bonjour", "merci", "aussi", "plus", "avoir",
                    "connaître", "connaitre", "expliquez", "explique", "s'il", "plaît", "plait", "vous", "nous",
                    "son", "sa", "ses", "leur", "leurs", "c'est", "est-ce", "qu'est-ce", "sert", "servent", "consiste",
                    "genre", "svp", "stp", "exactement", "quoi", "koi", "quelques", "quelques-uns", "quelques-unes",
                    "uns", "unes", "citer", "cite", "citez", "nommer", "nommez", "lister"));

    private Analyzers() {
    }

    public static Analyzer forLanguage(Language language) {
        SynonymMap variants = variants(language);
        return language == Language.EN ? english(variants) : french(variants);
    }

    private static Analyzer english(SynonymMap variants) {
        CharArraySet stop = stopWords(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, Language.EN);
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream stream = new EnglishPossessiveFilter(source);
                stream = new ASCIIFoldingFilter(new LowerCaseFilter(stream));
                stream = new SynonymGraphFilter(stream, variants, true);
                stream = new StopFilter(stream, stop);
                return new TokenStreamComponents(source, new KStemFilter(stream));
            }
        };
    }

    private static Analyzer french(SynonymMap variants) {
        CharArraySet elisions = new CharArraySet(List.of("l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"), true);
        CharArraySet stop = stopWords(FrenchAnalyzer.getDefaultStopSet(), Language.FR);
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream stream = new ElisionFilter(new ElisionFilter(source, elisions), elisions); // "d'l'alu" twice elided
                stream = new StopFilter(new LowerCaseFilter(stream), stop);
                stream = new ASCIIFoldingFilter(stream);
                stream = new SynonymGraphFilter(stream, variants, true);
                return new TokenStreamComponents(source, new FrenchLightStemFilter(stream));
            }
        };
    }

    /**
     * Words as typed, only folded (lower case, no accents, no elision): what typos are measured
     * against, since a stemmer leaves a misspelt word unstemmed ("recylers" stays, "recyclers"
     * becomes "recycle").
     */
    public static Analyzer surface() {
        CharArraySet elisions = new CharArraySet(List.of("l", "m", "t", "qu", "n", "s", "j", "d", "c"), true);
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream stream = new ElisionFilter(new ElisionFilter(source, elisions), elisions); // "d'l'alu" twice elided
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(stream)));
            }
        };
    }

    private static CharArraySet stopWords(CharArraySet base, Language language) {
        CharArraySet stop = new CharArraySet(base, true);
        stop.addAll(QUESTION_WORDS.get(language));
        return CharArraySet.unmodifiableSet(stop);
    }

    private static SynonymMap variants(Language language) {
        try {
            SynonymMap.Builder builder = new SynonymMap.Builder(true);
            VARIANTS.get(language).forEach((variant, canonical) ->
                    builder.add(new CharsRef(variant), new CharsRef(canonical), false));
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The terms {@code analyzer} makes of {@code text}, in order, duplicates kept. */
    public static List<String> terms(Analyzer analyzer, String text) {
        return tokens(analyzer, text).stream().map(Token::term).toList();
    }

    /** A term and where the word it comes from stands in the text. */
    public record Token(String term, int start, int end) {
    }

    /** The terms {@code analyzer} makes of {@code text}, with their character offsets, in order. */
    public static List<Token> tokens(Analyzer analyzer, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing text in memory failed", e);
        }
        return tokens;
    }
}
