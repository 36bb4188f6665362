package qc.alubot.admin;

/**
 * A passage retrieval found for a question, with its scores and, when it falls short, why.
 *
 * @param semantic   closeness in meaning (cosine), -1 to 1
 * @param coverage   share of the question's words the passage contains, 0 to 1
 * @param confidence the two blended, 0 to 1: a passage answers from {@code threshold} up
 * @param fewWords   it holds too few of the question's words to count on them
 * @param farMeaning its meaning is too far for the embedding model to vouch for it
 */
public record Candidate(String passageId, String title, double semantic, double coverage, double confidence,
                        double threshold, boolean fewWords, boolean farMeaning) {

    /** Confident enough to answer (a rule or a company check may still have stopped it). */
    public boolean clears() {
        return confidence >= threshold;
    }
}
