package qc.alubot.retrieval;

import java.util.List;
import java.util.Set;

/**
 * A question's content words after analysis, each with the indexed word it resolved to
 * (itself, a typo correction, or none) and its rarity. Measures how much of the question a
 * passage covers, which is what tells a real match from a passage sharing one common word.
 */
record QueryTerms(List<Word> words) {

    /**
     * @param resolved the indexed word this one stands for, or null when the passages never use it
     * @param idf      rarity in the passages, the weight of the word in the question
     */
    record Word(String typed, String resolved, boolean corrected, double idf) {
    }

    /**
     * Weight of a word no passage uses, relative to the rarest word they do use: such a word
     * ("budget", "tax") names what the passages cannot speak to, so it counts more than any.
     */
    static final double UNKNOWN_WEIGHT = 1.5;

    boolean isEmpty() {
        return words.isEmpty();
    }

    /**
     * A passage lacking a number the question names (a year, a figure) is about something else:
     * "What happened in 1999?" is not answered by the 1994 milestone, however alike the words.
     */
    static final double MISSING_NUMBER_FACTOR = 0.5;

    /** Share of the question's weight that {@code passageTerms} covers, from 0 to 1. */
    double coverage(Set<String> passageTerms) {
        double total = 0;
        double covered = 0;
        boolean missingNumber = false;
        for (Word word : words) {
            total += word.idf();
            boolean found = word.resolved() != null && passageTerms.contains(word.resolved());
            if (found) {
                covered += word.idf() * (word.corrected() ? LexicalIndex.CORRECTED_WEIGHT : 1);
            } else if (word.typed().chars().allMatch(Character::isDigit)) {
                missingNumber = true;
            }
        }
        double share = total == 0 ? 0 : covered / total;
        return missingNumber ? share * MISSING_NUMBER_FACTOR : share;
    }
}
