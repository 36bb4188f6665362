package qc.alubot.telegram;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;

/**
 * Per-person flood protection: a token bucket of {@code messages} refilled over {@code window}.
 * The first message over the limit gets a polite warning; the rest are ignored quietly until
 * the bucket refills, so a script hammering the bot cannot make it hammer back.
 */
final class FloodGuard {

    enum Verdict { ANSWER, WARN, IGNORE }

    private final Ticker ticker;
    private final int capacity;
    private final long refillNanos;
    private final Cache<Long, Bucket> buckets;

    FloodGuard(Ticker ticker, int messages, Duration window) {
        this.ticker = ticker;
        this.capacity = messages;
        this.refillNanos = window.toNanos() / Math.max(1, messages);
        this.buckets = Caffeine.newBuilder().expireAfterAccess(window.multipliedBy(2)).ticker(ticker).build();
    }

    Verdict check(long userId) {
        Bucket bucket = buckets.get(userId, id -> new Bucket(capacity, ticker.read()));
        synchronized (bucket) {
            bucket.refill(ticker.read(), refillNanos, capacity);
            if (bucket.tokens >= 1) {
                bucket.tokens--;
                bucket.warned = false;
                return Verdict.ANSWER;
            }
            if (bucket.warned) {
                return Verdict.IGNORE;
            }
            bucket.warned = true;
            return Verdict.WARN;
        }
    }

    void forget(long userId) {
        buckets.invalidate(userId);
    }

    private static final class Bucket {
        private double tokens;
        private long updated;
        private boolean warned;

        Bucket(int tokens, long now) {
            this.tokens = tokens;
            this.updated = now;
        }

        void refill(long now, long refillNanos, int capacity) {
            tokens = Math.min(capacity, tokens + (double) (now - updated) / refillNanos);
            updated = now;
        }
    }
}
