package qc.alubot.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Optional;

/**
 * A token bucket per caller: {@code perMinute} questions at once, refilled evenly over the minute.
 * One client can neither run the bot's two cores flat nor fill its memory with sessions.
 */
final class ApiRateLimit {

    /**
     * Callers remembered at once (a few hundred bytes each). A caller silent for a minute has a full
     * bucket again, the same as a new one, so forgetting it then changes nothing.
     */
    static final int MAX_CALLERS = 10_000;
    private static final Duration PERIOD = Duration.ofMinutes(1);

    private final int perMinute;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets;

    /** @param perMinute questions per caller per minute; 0 turns the limit off */
    ApiRateLimit(int perMinute, Ticker ticker) {
        this.perMinute = perMinute;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return ticker.read();
            }

            @Override
            public boolean isWallClockBased() {
                return false;
            }
        };
        this.buckets = Caffeine.newBuilder().expireAfterAccess(PERIOD).maximumSize(MAX_CALLERS).ticker(ticker).build();
    }

    boolean enabled() {
        return perMinute > 0;
    }

    int perMinute() {
        return perMinute;
    }

    /** Takes one question from the caller's allowance: empty when it may go ahead, else how long to wait. */
    Optional<Duration> take(String caller) {
        if (!enabled()) {
            return Optional.empty();
        }
        ConsumptionProbe probe = buckets.get(caller, key -> newBucket()).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    private Bucket newBucket() {
        return Bucket.builder().addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, PERIOD))
                .withCustomTimePrecision(time).build();
    }
}
