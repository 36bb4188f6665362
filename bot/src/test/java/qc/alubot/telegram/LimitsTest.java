package qc.alubot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LimitsTest {

    private final FakeTicker ticker = new FakeTicker();

    @Nested
    class Rate_limiter {

        @Test
        void spaces_reservations_by_the_interval_in_order() {
            RateLimiter limiter = RateLimiter.perSecond(ticker, 30);
            assertThat(limiter.reserve()).isZero();
            assertThat(limiter.reserve().toNanos()).isEqualTo(33_333_334L);
            assertThat(limiter.reserve().toNanos()).isEqualTo(66_666_668L);
        }

        @Test
        void never_allows_more_than_the_limit_in_any_second() {
            RateLimiter limiter = RateLimiter.perSecond(ticker, 30);
            int within = 0;
            for (int i = 0; i < 100; i++) {
                if (limiter.reserve().compareTo(Duration.ofSeconds(1)) < 0) {
                    within++;
                }
            }
            assertThat(within).isEqualTo(30);
        }

        @Test
        void a_retry_after_pushes_every_later_slot_back() {
            RateLimiter limiter = new RateLimiter(ticker, Duration.ofSeconds(1));
            limiter.pauseFor(Duration.ofSeconds(5));
            assertThat(limiter.reserve()).isEqualTo(Duration.ofSeconds(5));
        }

        @Test
        void a_spare_slot_is_taken_only_when_free_now() {
            RateLimiter limiter = new RateLimiter(ticker, Duration.ofSeconds(1));
            assertThat(limiter.tryAcquire()).isTrue();
            assertThat(limiter.tryAcquire()).isFalse();
            ticker.advance(Duration.ofSeconds(1));
            assertThat(limiter.tryAcquire()).isTrue();
        }
    }

    @Nested
    class Throttle_ {

        @Test
        void counts_calls_under_way_against_the_limit_not_just_their_starts() {
            Throttle throttle = new Throttle(ticker, Duration.ofSeconds(1), Duration.ofSeconds(3), 3);
            for (int i = 0; i < 3; i++) {
                assertThat(throttle.startNow()).isZero();
            }
            ticker.advance(Duration.ofSeconds(5));
            assertThat(throttle.startNow()).as("three calls still under way, however long ago they started").isPositive();
        }

        @Test
        void keeps_a_finished_call_counted_for_a_second_after_it_ends() {
            Throttle throttle = new Throttle(ticker, Duration.ofSeconds(1), Duration.ofSeconds(3), 2);
            throttle.startNow();
            throttle.startNow();
            ticker.advance(Duration.ofMillis(300));
            throttle.finished();
            ticker.advance(Duration.ofMillis(400));
            assertThat(throttle.startNow()).isEqualTo(Duration.ofMillis(600));
            ticker.advance(Duration.ofMillis(600));
            assertThat(throttle.startNow()).isZero();
        }

        @Test
        void paces_groups_slower_than_private_chats_and_chats_independently() {
            Throttle throttle = new Throttle(ticker, Duration.ofSeconds(1), Duration.ofSeconds(3), 30);
            throttle.reserveInChat(1, false);
            throttle.reserveInChat(2, true);
            assertThat(throttle.reserveInChat(1, false)).isEqualTo(Duration.ofSeconds(1));
            assertThat(throttle.reserveInChat(2, true)).isEqualTo(Duration.ofSeconds(3));
            assertThat(throttle.reserveInChat(3, false)).isZero();
        }
    }

    @Nested
    class Flood_guard {

        @Test
        void warns_once_then_ignores_until_the_bucket_refills() {
            FloodGuard guard = new FloodGuard(ticker, 3, Duration.ofSeconds(30));
            assertThat(guard.check(7)).isEqualTo(FloodGuard.Verdict.ANSWER);
            assertThat(guard.check(7)).isEqualTo(FloodGuard.Verdict.ANSWER);
            assertThat(guard.check(7)).isEqualTo(FloodGuard.Verdict.ANSWER);
            assertThat(guard.check(7)).isEqualTo(FloodGuard.Verdict.WARN);
            assertThat(guard.check(7)).isEqualTo(FloodGuard.Verdict.IGNORE);
            assertThat(guard.check(8)).as("someone else").isEqualTo(FloodGuard.Verdict.ANSWER);
            ticker.advance(Duration.ofSeconds(10));
            assertThat(guard.check(7)).isEqualTo(FloodGuard.Verdict.ANSWER);
            assertThat(guard.check(7)).isEqualTo(FloodGuard.Verdict.WARN);
        }
    }

    @Nested
    class Offsets {

        @Test
        void stay_on_the_oldest_update_in_hand_and_move_past_the_newest_when_all_are_done() {
            OffsetTracker offsets = new OffsetTracker();
            assertThat(offsets.next()).isNull();
            offsets.taken(10);
            offsets.taken(11);
            offsets.taken(12);
            offsets.done(11);
            offsets.done(12);
            assertThat(offsets.next()).isEqualTo(10);
            offsets.done(10);
            assertThat(offsets.next()).isEqualTo(13);
        }
    }

    @Nested
    class Backoff_ {

        @Test
        void doubles_up_to_the_cap_with_at_most_a_quarter_taken_off() {
            Duration min = Duration.ofSeconds(1);
            Duration max = Duration.ofSeconds(60);
            assertThat(Backoff.after(1, min, max)).isBetween(Duration.ofMillis(750), min);
            assertThat(Backoff.after(4, min, max)).isBetween(Duration.ofSeconds(6), Duration.ofSeconds(8));
            assertThat(Backoff.after(40, min, max)).isBetween(Duration.ofSeconds(45), max);
        }
    }
}
