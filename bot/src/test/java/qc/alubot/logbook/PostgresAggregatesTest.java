package qc.alubot.logbook;

import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;

/**
 * The staff pages' aggregates on PostgreSQL, in a schema of their own per test. Skipped with an
 * explanation when no server is reachable, unless {@code BOT_REQUIRE_POSTGRES=true}.
 */
class PostgresAggregatesTest extends AggregatesContract {

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
