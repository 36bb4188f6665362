package qc.alubot.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import qc.alubot.language.Language;
import qc.alubot.understanding.Part;
import qc.alubot.language.AnalyzerCache;
import qc.alubot.language.Analyzers;

/**
 * Finds the sentence of a passage that best answers a question: the one sharing most of its
 * words, favouring a figure for "how many" questions and a year for "when" questions. Ties go
 * to the earlier sentence, since each passage opens with its main answer.
 */
final class LeadSentence {

    /** A sentence of a passage and how well it answers. */
    record Choice(int index, double score) {
    }

    private static final Pattern NUMBER = Pattern.compile("\\d|\\b(one|two|three|four|five|six|seven|eight|nine|ten|"
            + "un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("\\b(1[89]|20)\\d\\d\\b");
    private static final Set<String> FIGURE_WORDS = Set.of("how many", "how much", "combien", "number of", "nombre",
            "share", "part", "percentage", "pourcentage", "output", "production", "quelle quantite");
    private static final Set<String> WHEN_WORDS = Set.of("when", "what year", "which year", "quand", "quelle annee",
            "en quelle annee", "depuis quand", "since when");
    /** The opening sentence is written as the passage's answer: it wins ties. */
    private static final double OPENING_BONUS = 0.5;
    private static final double TYPE_BONUS = 1.0;

    private LeadSentence() {
    }

    static Choice best(List<String> sentences, Part part, Language language) {
        Set<String> asked = new HashSet<>(Analyzers.terms(AnalyzerCache.get(language), part.text()));
        boolean wantsFigure = part.analyzed().hasAnyPhrase(FIGURE_WORDS);
        boolean wantsYear = part.analyzed().hasAnyPhrase(WHEN_WORDS);
        Choice best = new Choice(0, -1);
        for (int i = 0; i < sentences.size(); i++) {
            String sentence = sentences.get(i);
            Set<String> terms = new HashSet<>(Analyzers.terms(AnalyzerCache.get(language), sentence));
            double score = asked.stream().filter(terms::contains).count()
                    + (i == 0 ? OPENING_BONUS : 0)
                    + (wantsFigure && NUMBER.matcher(sentence).find() ? TYPE_BONUS : 0)
                    + (wantsYear && YEAR.matcher(sentence).find() ? TYPE_BONUS : 0)
                    - (sentence.contains("\n") ? TYPE_BONUS : 0);
            if (score > best.score()) {
                best = new Choice(i, score);
            }
        }
        return best;
    }
}
