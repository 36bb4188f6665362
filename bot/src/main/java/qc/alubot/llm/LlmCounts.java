package qc.alubot.llm;

import java.util.concurrent.atomic.AtomicLong;

/**
 * What the LLM step did since start, for monitoring: calls to the model (each try, retries
 * included) and how they ended, and replies the grounding guard refused. Plain counters, so the
 * composer knows nothing of the metrics library; {@link LlmConfiguration} publishes them.
 */
final class LlmCounts {

    final AtomicLong calls = new AtomicLong();
    final AtomicLong failedCalls = new AtomicLong();
    final AtomicLong refusals = new AtomicLong();

    long calls() {
        return calls.get();
    }

    long failedCalls() {
        return failedCalls.get();
    }

    long refusals() {
        return refusals.get();
    }
}
