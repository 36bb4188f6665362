package qc.alubot.admin;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.security.authentication.event.AbstractAuthenticationEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import qc.alubot.edge.ClientAddress;

/**
 * Failed staff sign-ins, per client address, by the form and by HTTP Basic on the CSV alike. A few
 * mistakes cost nothing; after that each attempt must wait twice as long as the one before; after
 * {@link #LOCK_AFTER} failures in a row the address is locked out for {@link #LOCKOUT}. Guessing a
 * password then takes years, while staff who mistype are slowed for seconds. A success clears it
 * (told by Spring Security's authentication events).
 */
final class SignInThrottle implements ApplicationListener<AbstractAuthenticationEvent> {

    /** Mistakes allowed before any wait: typos, a caps-lock. */
    static final int FREE_FAILURES = 3;
    /** The wait after the first failure past the free ones; doubled by each further failure. */
    static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    /** Failures in a row that lock an address out: about a minute of waits in, no person is still typing. */
    static final int LOCK_AFTER = 10;
    /** Long enough to make guessing hopeless, short enough that staff locked out by mistake can wait it out. */
    static final Duration LOCKOUT = Duration.ofMinutes(15);
    /** Addresses remembered at once; a few dozen bytes each. */
    private static final int MAX_ADDRESSES = 10_000;

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    /** Failures in a row from one address, and when it may try again (in ticker nanoseconds). */
    private record Record(int failures, long notBefore) {
    }

    private final Ticker ticker;
    private final Cache<String, Record> failures;

    SignInThrottle(Ticker ticker) {
        this.ticker = ticker;
        this.failures = Caffeine.newBuilder().expireAfterWrite(LOCKOUT).maximumSize(MAX_ADDRESSES).ticker(ticker).build();
    }

    /**
     * Counts a sign-in attempt from {@code address} as a failure until it succeeds: empty when it may
     * go ahead, else how long it must wait. Charged before the password is checked, so that attempts
     * sent in parallel wait their turn like attempts sent one after the other.
     */
    Optional<Duration> attempt(String address) {
        long now = ticker.read();
        AtomicReference<Duration> refused = new AtomicReference<>();
        Record record = failures.asMap().compute(address, (key, old) -> {
            if (old != null && old.notBefore() > now) {
                refused.set(Duration.ofNanos(old.notBefore() - now));
                return old;
            }
            int count = old == null ? 1 : old.failures() + 1;
            return new Record(count, count <= FREE_FAILURES ? now : now + waitAfter(count).toNanos());
        });
        if (refused.get() == null && record.failures() == LOCK_AFTER) {
            log.warn("Staff sign-in: {} attempts in a row from {} without the right password; that address is locked "
                    + "out for {} minutes after this one. If it was staff, they can wait; otherwise someone is guessing "
                    + "the password: make sure BOT_ADMIN_PASSWORD is long and random.", LOCK_AFTER, address,
                    LOCKOUT.toMinutes());
        }
        return Optional.ofNullable(refused.get());
    }

    private static Duration waitAfter(int failures) {
        return failures >= LOCK_AFTER ? LOCKOUT : FIRST_WAIT.multipliedBy(1L << (failures - FREE_FAILURES - 1));
    }

    void succeeded(String address) {
        failures.invalidate(address);
    }

    @Override
    public void onApplicationEvent(AbstractAuthenticationEvent event) {
        if (!(event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details)) {
            return;
        }
        if (event instanceof AuthenticationSuccessEvent) {
            succeeded(ClientAddress.of(details.getRemoteAddress()));
        }
    }
}
