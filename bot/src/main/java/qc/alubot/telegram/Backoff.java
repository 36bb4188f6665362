package qc.alubot.telegram;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with jitter: after each failure in a row the wait doubles up to a cap, and
 * a random quarter is taken off so that many bots (or many chats) do not retry in step.
 */
final class Backoff {

    private final Duration min;
    private final Duration max;
    private int failures;

    Backoff(Duration min, Duration max) {
        this.min = min;
        this.max = max;
    }

    /** The wait before the next try after {@code attempt} failures in a row (1 for the first). */
    static Duration after(int attempt, Duration min, Duration max) {
        long base = min.toMillis() << Math.min(Math.max(0, attempt - 1), 30);
        long capped = Math.min(base <= 0 ? max.toMillis() : base, max.toMillis());
        long jitter = capped / 4 == 0 ? 0 : ThreadLocalRandom.current().nextLong(capped / 4 + 1);
        return Duration.ofMillis(capped - jitter);
    }

    synchronized Duration next() {
        failures++;
        return after(failures, min, max);
    }

    synchronized void reset() {
        failures = 0;
    }

    synchronized int failures() {
        return failures;
    }
}
