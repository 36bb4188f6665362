package qc.alubot.api;

/** The body of {@code POST /api/ask}. Only {@code question} is required. */
record AskRequest(String question, String sessionId, String language) {
}
