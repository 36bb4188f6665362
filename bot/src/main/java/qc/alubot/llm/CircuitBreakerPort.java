package qc.alubot.llm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops calling an endpoint that keeps failing: after enough failures in a row the circuit
 * opens and every question gets the extractive answer at once; when the open spell is over,
 * one trial call goes through, and closes the circuit if it succeeds.
 */
final class CircuitBreakerPort implements ChatPort {

    private static final Logger log = LoggerFactory.getLogger(CircuitBreakerPort.class);

    private final ChatPort delegate;
    private final int failuresToOpen;
    private final Duration openFor;
    private final Clock clock;
    private int failures;
    private Instant openUntil;
    private boolean trialInFlight;

    CircuitBreakerPort(ChatPort delegate, LlmProperties properties, Clock clock) {
        this.delegate = delegate;
        this.failuresToOpen = properties.failuresToOpen();
        this.openFor = properties.openFor();
        this.clock = clock;
    }

    @Override
    public String reply(LlmPrompt prompt) {
        permit();
        try {
            String reply = delegate.reply(prompt);
            succeeded();
            return reply;
        } catch (LlmFailure failure) {
            failed(failure);
            throw failure;
        }
    }

    /** Lets the call through when closed, or as the one trial once the open spell is over. */
    private synchronized void permit() {
        if (openUntil == null) {
            return;
        }
        if (trialInFlight || clock.instant().isBefore(openUntil)) {
            throw new LlmFailure(LlmFailure.Kind.CIRCUIT_OPEN, "until " + openUntil);
        }
        trialInFlight = true;
    }

    private synchronized void succeeded() {
        if (openUntil != null) {
            log.info("LLM endpoint answers again: circuit closed, LLM answers resume");
        }
        failures = 0;
        openUntil = null;
        trialInFlight = false;
    }

    private synchronized void failed(LlmFailure failure) {
        if (!failure.endpointFault()) {
            trialInFlight = false;
            return;
        }
        failures++;
        boolean wasOpen = openUntil != null;
        if (wasOpen || failures >= failuresToOpen) {
            openUntil = clock.instant().plus(openFor);
            trialInFlight = false;
            log.warn("LLM endpoint failed {} time(s) in a row (last: {}): circuit {} until {}; investors get the extractive "
                            + "answers meanwhile. Check the endpoint (BOT_LLM_BASE_URL) if this repeats",
                    failures, failure.getMessage(), wasOpen ? "stays open" : "opened", openUntil);
        }
    }
}
