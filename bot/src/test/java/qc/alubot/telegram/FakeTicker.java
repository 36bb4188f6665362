package qc.alubot.telegram;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;

/** Time that moves only when a test says so. */
final class FakeTicker implements Ticker {

    private long nanos = 1_000_000_000L;

    @Override
    public synchronized long read() {
        return nanos;
    }

    synchronized void advance(Duration duration) {
        nanos += duration.toNanos();
    }
}
