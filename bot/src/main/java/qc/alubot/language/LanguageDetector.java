package qc.alubot.language;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;

/**
 * Tells English from French by counting function words, from Lucene's stop-word sets plus
 * the question words investors start with. A few kilobytes instead of a general detector:
 * the bot only ever has to choose between these two languages.
 */
public final class LanguageDetector {

    /** Stop words and the framing words of questions: never a name, never the subject. */
    private static final Set<String> ENGLISH_FUNCTION = words(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET,
            "how", "what", "who", "whom", "whose", "which", "where", "when", "why", "many", "much", "does", "do",
            "did", "is", "are", "was", "were", "can", "could", "would", "should", "tell", "me", "about", "please",
            "give", "show", "his", "her", "hers", "their", "its", "our", "your", "you", "i", "we", "from",
            "any", "some", "there", "all", "has", "have", "who's", "what's", "he", "she", "him", "them", "my");
    private static final Set<String> FRENCH_FUNCTION = words(FrenchAnalyzer.getDefaultStopSet(),
            "combien", "quel", "quelle", "quels", "quelles", "qui", "quoi", "comment", "pourquoi", "ou", "quand",
            "est", "sont", "y", "a-t-il", "t-il", "il", "elle", "existe", "donne", "donnez", "dites", "moi",
            "au", "ses", "son", "sa", "leur", "leurs", "les", "des", "du", "une", "un", "est-ce", "ce", "cette");
    /** Everyday words of each language that investors use, which tip the balance for short questions. */
    private static final Set<String> ENGLISH = union(ENGLISH_FUNCTION, "list", "hi", "hello", "hey", "thanks", "thank",
            "bye", "goodbye", "morning", "evening", "email", "phone", "number", "name", "names", "companies",
            "company", "biggest", "largest", "main", "member", "part", "cluster", "board", "team");
    private static final Set<String> FRENCH = union(FRENCH_FUNCTION, "merci", "bonjour", "salut", "bonsoir", "allo",
            "revoir", "liste", "nom", "noms", "courriel", "telephone", "numero", "entreprises", "entreprise",
            "societe", "fait", "partie", "grappe", "equipe", "conseil", "administration", "aluminerie",
            "alumineries", "producteurs", "equipementiers", "parlez", "parle", "nb", "cb", "cmb", "bcp", "pis", "ya",
            "ca", "koi", "kosse", "tse", "chu", "pour", "avec", "sur", "svp", "stp");
    /**
     * An accented lower-case word or an elision ("d'équipementiers") counts for French as much as
     * a function word: "rôle ?" is French, and a mixed message still goes to the language most of
     * its words are in.
     */
    private static final double ACCENT_WEIGHT = 1.0;
    private static final Pattern FRENCH_LETTERS = Pattern.compile("[éèêëàâçîïôûùœ]");
    private static final Pattern ELISION = Pattern.compile("\\b(l|d|j|qu|n|s|c)['’]\\p{L}", Pattern.CASE_INSENSITIVE);

    private final Set<String> englishWords;
    private final Set<String> frenchWords;

    /** A detector that knows only everyday words. */
    public LanguageDetector() {
        this(Set.of(), Set.of());
    }

    /**
     * A detector that also counts words only one language's texts use ("salon", "observateurs",
     * "emplois" in the French passages; "trade", "show", "jobs" in the English ones), so that a
     * terse "observateurs ?" is French.
     */
    public LanguageDetector(Set<String> englishWords, Set<String> frenchWords) {
        this.englishWords = Set.copyOf(englishWords);
        this.frenchWords = Set.copyOf(frenchWords);
    }

    /**
     * The folded words of at least three letters that one language's texts use and the other's
     * never do: the names both versions share cancel out.
     */
    public static LanguageDetector learning(Iterable<String> englishTexts, Iterable<String> frenchTexts) {
        Set<String> english = wordsOf(englishTexts);
        Set<String> french = wordsOf(frenchTexts);
        Set<String> onlyEnglish = new HashSet<>(english);
        onlyEnglish.removeAll(french);
        Set<String> onlyFrench = new HashSet<>(french);
        onlyFrench.removeAll(english);
        return new LanguageDetector(onlyEnglish, onlyFrench);
    }

    private static Set<String> wordsOf(Iterable<String> texts) {
        Set<String> words = new HashSet<>();
        for (String text : texts) {
            Texts.words(text).stream().filter(w -> w.length() >= 3).forEach(words::add);
        }
        return words;
    }

    private static Set<String> union(Set<String> base, String... extra) {
        Set<String> set = new HashSet<>(base);
        set.addAll(List.of(extra));
        return Set.copyOf(set);
    }

    private static Set<String> words(CharArraySet stopWords, String... extra) {
        Set<String> set = new HashSet<>();
        stopWords.forEach(word -> set.add(Texts.fold(new String((char[]) word))));
        set.addAll(List.of(extra));
        return Set.copyOf(set);
    }

    /** Whether a folded word is a function or question word of either language ("how", "quel"), never a name. */
    public static boolean isFunctionWord(String foldedWord) {
        return ENGLISH_FUNCTION.contains(foldedWord) || FRENCH_FUNCTION.contains(foldedWord);
    }

    /** The language of {@code text}, or empty when it gives no clear sign (a bare name, "ok"). */
    public Optional<Language> detect(String text) {
        double english = 0;
        double french = 0;
        for (String word : Texts.words(text)) {
            if (word.length() == 1 && !word.equals("y")) {
                continue; // "R&D" is no French "d'", "a" is both languages' word
            }
            boolean en = ENGLISH.contains(word) || englishWords.contains(word);
            boolean fr = FRENCH.contains(word) || frenchWords.contains(word);
            if (en && !fr) {
                english++;
            } else if (fr && !en) {
                french++;
            }
        }
        french += ACCENT_WEIGHT * accentedCommonWords(text) + ACCENT_WEIGHT * count(ELISION, text);
        if (Math.abs(english - french) < 1) {
            return Optional.empty();
        }
        return Optional.of(english > french ? Language.EN : Language.FR);
    }

    /**
     * Accents count in lower-case words only: "équipementiers" is French, but "Québec",
     * "Métalus" and "Giguère" are names that English questions use too.
     */
    private static int accentedCommonWords(String text) {
        int count = 0;
        for (String word : text.split("[^\\p{L}]+")) {
            if (!word.isEmpty() && Character.isLowerCase(word.charAt(0)) && FRENCH_LETTERS.matcher(word).find()) {
                count++;
            }
        }
        return count;
    }

    private static int count(Pattern pattern, String text) {
        return (int) pattern.matcher(text).results().count();
    }
}
