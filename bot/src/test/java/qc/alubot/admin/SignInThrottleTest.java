package qc.alubot.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final AtomicLong nanos = new AtomicLong(1);
    private final SignInThrottle throttle = new SignInThrottle(nanos::get);
    private static final String ADDRESS = "203.0.113.5";

    /** {@code count} attempts that went ahead (and failed), each made as soon as it was allowed. */
    private void wrongPasswords(int count) {
        for (int made = 0; made < count; ) {
            java.util.Optional<Duration> wait = throttle.attempt(ADDRESS);
            if (wait.isPresent()) {
                nanos.addAndGet(wait.get().toNanos());
            } else {
                made++;
            }
        }
    }

    @Test
    void lets_a_few_mistakes_go_without_waiting() {
        wrongPasswords(SignInThrottle.FREE_FAILURES - 1);
        assertThat(throttle.attempt(ADDRESS)).isEmpty();
    }

    @Test
    void then_makes_each_further_attempt_wait_twice_as_long() {
        wrongPasswords(SignInThrottle.FREE_FAILURES + 1);
        assertThat(throttle.attempt(ADDRESS)).contains(Duration.ofSeconds(1));
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(throttle.attempt(ADDRESS)).isEmpty();
        assertThat(throttle.attempt(ADDRESS)).contains(Duration.ofSeconds(2));
    }

    @Test
    void locks_the_address_out_after_repeated_failures_until_the_lockout_is_over() {
        wrongPasswords(SignInThrottle.LOCK_AFTER);
        assertThat(throttle.attempt(ADDRESS)).contains(SignInThrottle.LOCKOUT);
        nanos.addAndGet(SignInThrottle.LOCKOUT.minusSeconds(1).toNanos());
        assertThat(throttle.attempt(ADDRESS)).contains(Duration.ofSeconds(1));
        assertThat(throttle.attempt("198.51.100.7")).as("other addresses are not affected").isEmpty();
    }

    @Test
    void makes_attempts_sent_at_once_wait_their_turn() {
        wrongPasswords(SignInThrottle.FREE_FAILURES);
        assertThat(throttle.attempt(ADDRESS)).as("the next one goes ahead").isEmpty();
        assertThat(throttle.attempt(ADDRESS)).as("one sent alongside it waits").isPresent();
    }

    @Test
    void forgets_the_failures_after_a_success() {
        wrongPasswords(SignInThrottle.FREE_FAILURES + 2);
        throttle.succeeded(ADDRESS);
        assertThat(throttle.attempt(ADDRESS)).isEmpty();
    }
}
