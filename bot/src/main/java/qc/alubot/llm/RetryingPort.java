package qc.alubot.llm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tries again after a 429 or 5xx, with a doubling pause, while the time budget allows: a
 * retry that could not finish before the investor's timeout is not worth starting.
 */
final class RetryingPort implements ChatPort {

    private static final Logger log = LoggerFactory.getLogger(RetryingPort.class);

    private final ChatPort delegate;
    private final int retries;
    private final Duration firstPause;
    private final Duration budget;
    private final Clock clock;
    private final Sleeper sleeper;

    RetryingPort(ChatPort delegate, LlmProperties properties, Clock clock, Sleeper sleeper) {
        this.delegate = delegate;
        this.retries = properties.retries();
        this.firstPause = properties.backoff();
        this.budget = properties.timeout();
        this.clock = clock;
        this.sleeper = sleeper;
    }

    @Override
    public String reply(LlmPrompt prompt) {
        Instant deadline = clock.instant().plus(budget);
        Duration pause = firstPause;
        for (int attempt = 0; ; attempt++) {
            try {
                return delegate.reply(prompt);
            } catch (LlmFailure failure) {
                if (!failure.retriable() || attempt == retries || clock.instant().plus(pause).isAfter(deadline)) {
                    throw failure;
                }
                log.debug("LLM attempt {} failed ({}); retrying in {} ms", attempt + 1, failure.getMessage(), pause.toMillis());
                pause(pause);
                pause = pause.multipliedBy(2);
            }
        }
    }

    private void pause(Duration pause) {
        try {
            sleeper.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlmFailure(LlmFailure.Kind.TIMEOUT, "interrupted while waiting to retry");
        }
    }
}
