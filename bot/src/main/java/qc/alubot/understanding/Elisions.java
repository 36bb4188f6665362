package qc.alubot.understanding;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import qc.alubot.language.AnalyzerCache;
import qc.alubot.language.Analyzers;
import qc.alubot.language.Language;
import qc.alubot.language.Vocabulary;

/**
 * French typed without its apostrophes: "lobjectif de la stratégie", "cest quoi", "jai lu",
 * "lindustrie". A word the knowledge does not use, made of an elided article or pronoun and a
 * word it does use, is that word elided ("l'objectif"); a word the knowledge uses ("local",
 * "donne") is left as written.
 */
final class Elisions {

    /** An elided "le", "la", "de", "je", "me", "te", "se", "ne", "que" or "ce" glued to a word opening with a vowel or "h". */
    private static final Pattern GLUED = Pattern.compile(
            "(?iu)(?<![\\p{L}\\d'’])(qu|[ldjmtsnc])([aeiouyhàâéèêëîïôûù][\\p{L}]{2,})(?![\\p{L}\\d'’])");
    /** Glued forms too short or too common for the knowledge to hold the word: "cest", "jai". */
    private static final Pattern COMMON = Pattern.compile("(?iu)(?<![\\p{L}\\d'’])(?:(c)(est)|(j)(ai))(?![\\p{L}\\d'’])");

    private final Vocabulary vocabulary;

    Elisions(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    String restore(String text) {
        String common = COMMON.matcher(text).replaceAll(m -> m.group(1) != null ? m.group(1) + "'" + m.group(2)
                : m.group(3) + "'" + m.group(4));
        Matcher glued = GLUED.matcher(common);
        return glued.replaceAll(m -> Matcher.quoteReplacement(
                aWord(m.group()) || !known(m.group(2)) ? m.group() : m.group(1) + "'" + m.group(2)));
    }

    /** Known, or a word too common to be indexed ("dans" is no "d'ans"). */
    private boolean aWord(String word) {
        List<String> terms = terms(word); // analysed once: every glued-looking French word passes here
        return terms.isEmpty() || allKnown(terms);
    }

    private boolean known(String word) {
        List<String> terms = terms(word);
        return !terms.isEmpty() && allKnown(terms);
    }

    private boolean allKnown(List<String> terms) {
        return terms.stream().allMatch(t -> vocabulary.has(Language.FR, t));
    }

    private static List<String> terms(String word) {
        return Analyzers.terms(AnalyzerCache.get(Language.FR), word);
    }
}
