package qc.alubot.logbook;

import java.util.UUID;
import javax.sql.DataSource;

/** The staff pages' aggregates on H2 in PostgreSQL mode, the embedded default. */
class H2AggregatesTest extends AggregatesContract {

    @Override
    DataSource freshDatabase() {
        return LogbookFixture.h2("mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }
}
