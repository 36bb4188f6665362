package qc.alubot.llm;

/**
 * The chat model as the LLM composer needs it: a prompt in, the model's text out. Every
 * failure is an {@link LlmFailure} saying what went wrong, so resilience can be added as
 * decorators (retry, time limit, circuit breaker) and tested without a network.
 */
interface ChatPort {

    /** @throws LlmFailure when there is no usable reply */
    String reply(LlmPrompt prompt);
}
