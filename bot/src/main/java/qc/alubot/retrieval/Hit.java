package qc.alubot.retrieval;

/**
 * A passage found for a question.
 *
 * @param fused      reciprocal-rank fusion score: breaks ties
 * @param semantic   cosine similarity of the question to the passage, -1 to 1
 * @param coverage   share of the question's words the passage contains, 0 to 1
 * @param confidence how sure the bot may be that this passage answers the question, 0 to 1
 */
public record Hit(String passageId, double fused, double semantic, double coverage, double confidence) {
}
