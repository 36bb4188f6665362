package qc.alubot.logbook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Deletes exchanges older than the retention period (Québec's Law 25: keep personal data no
 * longer than needed). Runs a minute after start, so a bot restarted often still purges, then daily.
 */
class RetentionPurge {

    private static final Logger log = LoggerFactory.getLogger(RetentionPurge.class);

    private final LogbookStore store;
    private final Clock clock;
    private final Duration retention;

    RetentionPurge(LogbookStore store, Clock clock, int retentionDays) {
        this.store = store;
        this.clock = clock;
        this.retention = Duration.ofDays(retentionDays);
    }

    /** Deletes what is past retention now; returns how many exchanges went. */
    int purge() {
        Instant cutoff = clock.instant().minus(retention);
        int deleted = store.deleteBefore(cutoff);
        if (deleted > 0) {
            log.info("Logbook retention: deleted {} exchange(s) older than {} days (asked before {})", deleted,
                    retention.toDays(), cutoff);
        }
        return deleted;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "P1D")
    void daily() {
        try {
            purge();
        } catch (DataAccessException e) {
            log.error("Logbook retention purge could not run: the database is unavailable ({}). Exchanges past {} days "
                    + "are kept until the next run, in a day, or a restart.",
                    NestedExceptionUtils.getMostSpecificCause(e).getMessage(), retention.toDays());
        }
    }
}
