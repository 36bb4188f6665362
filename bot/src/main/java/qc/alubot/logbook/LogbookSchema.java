package qc.alubot.logbook;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Brings the logbook's tables up to date with the Flyway migrations in {@code db/migration} (and
 * {@link QuestionKeyMigration}, in Java), on first use rather than at start-up: the bot must start
 * and answer even when the database is down, and the tables are made as soon as it can be reached.
 */
final class LogbookSchema {

    /**
     * The logbook's own migration history, so it can share a database schema with other applications
     * (their Flyway history keeps its usual name); a schema with other tables in it is taken as is.
     */
    static final String HISTORY_TABLE = "logbook_schema_history";

    private static final Logger log = LoggerFactory.getLogger(LogbookSchema.class);

    private final DataSource dataSource;
    private final Runnable afterOpen;
    private volatile boolean ready;

    LogbookSchema(DataSource dataSource) {
        this(dataSource, () -> { });
    }

    /** @param afterOpen run once the database is open and migrated (e.g. to make new files private) */
    LogbookSchema(DataSource dataSource, Runnable afterOpen) {
        this.dataSource = dataSource;
        this.afterOpen = afterOpen;
    }

    /** Migrates once; throws a {@code DataAccessException} (and tries again next time) when it cannot. */
    void ensureReady() {
        if (!ready) {
            migrate();
        }
    }

    /** The logbook's migrations: SQL ones in {@code db/migration}, and those that need Java. */
    static FluentConfiguration migrations(DataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .javaMigrations(new QuestionKeyMigration())
                .table(HISTORY_TABLE).baselineOnMigrate(true).baselineVersion("0");
    }

    private synchronized void migrate() {
        if (ready) {
            return;
        }
        try {
            int applied = migrations(dataSource).load().migrate().migrationsExecuted;
            if (applied > 0) {
                log.info("Logbook database: applied {} migration(s)", applied);
            }
            afterOpen.run();
            ready = true;
        } catch (FlywayException e) {
            throw new DataAccessResourceFailureException("The logbook database cannot be reached or migrated: "
                    + e.getMessage(), e);
        }
    }
}
