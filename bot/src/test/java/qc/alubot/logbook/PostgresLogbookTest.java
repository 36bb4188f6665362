package qc.alubot.logbook;

import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;

/**
 * The logbook on PostgreSQL, the production database, in a schema of its own per test. Skipped
 * with an explanation when no server is reachable, unless {@code BOT_REQUIRE_POSTGRES=true}.
 */
class PostgresLogbookTest extends LogbookDatabaseContract {

    private PostgresDatabase postgres;

    @Override
    DataSource freshDatabase() {
        postgres = PostgresDatabase.freshSchema();
        return postgres.dataSource();
    }

    @AfterEach
    void dropSchema() {
        if (postgres != null) {
            postgres.drop();
        }
    }
}
