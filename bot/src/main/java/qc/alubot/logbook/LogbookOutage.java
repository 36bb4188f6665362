package qc.alubot.logbook;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * The writer's view of a database outage: when to try again (doubling pauses, up to a minute) and
 * what to tell the person on call, once when it starts ("unavailable") and once when it ends
 * ("back"), rather than a stack trace a second. Used under the writer's lock.
 */
final class LogbookOutage {

    /** Longest pause between attempts while the database is down: back soon after it is, without flooding its log. */
    static final Duration MAX_BACKOFF = Duration.ofMinutes(1);

    private static final Logger log = LoggerFactory.getLogger(LogbookWriter.class);

    private final LogbookBuffer buffer;
    private final Clock clock;
    private final Duration firstPause;
    private Instant downSince;
    private int failures;
    private volatile Instant nextAttempt = Instant.MIN;

    LogbookOutage(LogbookBuffer buffer, Clock clock, Duration firstPause) {
        this.buffer = buffer;
        this.clock = clock;
        this.firstPause = firstPause;
    }

    /** Whether attempts are paused now. */
    boolean backingOff() {
        return clock.instant().isBefore(nextAttempt);
    }

    void failed(RuntimeException e) {
        failures++;
        Duration wait = firstPause.multipliedBy(1L << Math.min(failures, 6));
        nextAttempt = clock.instant().plus(wait.compareTo(MAX_BACKOFF) < 0 ? wait : MAX_BACKOFF);
        if (downSince != null) {
            return;
        }
        downSince = clock.instant();
        if (isDatabaseFailure(e)) {
            log.error("Logbook database unavailable ({}). {} exchange(s) wait in memory (room for {}) and will be written "
                    + "when it is back; answers are not affected. Check that the database server is running and that "
                    + "SPRING_DATASOURCE_URL points at it.", NestedExceptionUtils.getMostSpecificCause(e).getMessage(),
                    buffer.size(), buffer.capacity());
            log.debug("Logbook database failure", e);
        } else {
            log.error("Writing the logbook failed unexpectedly; {} exchange(s) wait in memory and attempts go on with "
                    + "back-off. This is a bug: the stack trace shows where.", buffer.size(), e);
        }
    }

    void succeeded(int written) {
        failures = 0;
        nextAttempt = Instant.MIN;
        if (downSince != null) {
            long lost = buffer.takeDropped();
            log.info("Logbook database is back after {} s: wrote {} waiting exchange(s){}.",
                    Duration.between(downSince, clock.instant()).toSeconds(), written,
                    lost == 0 ? ", none lost" : "; " + lost + " could not be recorded because the buffer was full");
            downSince = null;
        }
    }

    /**
     * Whatever JDBC, Spring or the pool throws when the database cannot be reached or fails midway:
     * data access exceptions, transaction exceptions (a connection refused as a transaction begins, a
     * commit that fails) and anything caused by an {@code SQLException}.
     */
    static boolean isDatabaseFailure(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DataAccessException || cause instanceof TransactionException
                    || cause instanceof SQLException) {
                return true;
            }
        }
        return false;
    }
}
