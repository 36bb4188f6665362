package qc.alubot.llm;

/**
 * What is sent to the model: standing instructions, and the user message carrying the
 * passages, the conversation and the investor's question in their delimiters.
 */
record LlmPrompt(String system, String user) {
}
