package qc.alubot.telegram;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;

/**
 * Spaces events at least {@code interval} apart, in the order they reserve a slot. A caller
 * reserves the next free slot and is told how long to wait for it, so nothing blocks a thread
 * and no burst can exceed the limit: in any window of length {@code interval × n} at most
 * {@code n} events happen. Time comes from a {@link Ticker} so tests can drive it.
 */
final class RateLimiter {

    private final Ticker ticker;
    private final long intervalNanos;
    private long nextFree;

    RateLimiter(Ticker ticker, Duration interval) {
        this.ticker = ticker;
        this.intervalNanos = interval.toNanos();
        this.nextFree = ticker.read();
    }

    /** The interval is rounded up: 30 a second must never become 31 through a truncated nanosecond. */
    static RateLimiter perSecond(Ticker ticker, int events) {
        long perEvent = Math.max(1, events);
        return new RateLimiter(ticker, Duration.ofNanos((1_000_000_000L + perEvent - 1) / perEvent));
    }

    /** Takes the next slot; returns how long to wait until it comes (zero when it is now). */
    synchronized Duration reserve() {
        long now = ticker.read();
        long slot = Math.max(now, nextFree);
        nextFree = slot + intervalNanos;
        return Duration.ofNanos(slot - now);
    }

    /** Takes a slot only if one is free now: for calls that are worth skipping rather than delaying. */
    synchronized boolean tryAcquire() {
        long now = ticker.read();
        if (nextFree > now) {
            return false;
        }
        nextFree = now + intervalNanos;
        return true;
    }

    /** No slot before {@code pause} from now (Telegram's 429 {@code retry_after}). */
    synchronized void pauseFor(Duration pause) {
        nextFree = Math.max(nextFree, ticker.read() + pause.toNanos());
    }
}
