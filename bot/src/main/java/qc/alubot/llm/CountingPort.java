package qc.alubot.llm;

/** Counts every call that reaches the model, and those that fail: the innermost decorator, so each retry counts. */
final class CountingPort implements ChatPort {

    private final ChatPort model;
    private final LlmCounts counts;

    CountingPort(ChatPort model, LlmCounts counts) {
        this.model = model;
        this.counts = counts;
    }

    @Override
    public String reply(LlmPrompt prompt) {
        counts.calls.incrementAndGet();
        try {
            return model.reply(prompt);
        } catch (RuntimeException e) {
            counts.failedCalls.incrementAndGet();
            throw e;
        }
    }
}
