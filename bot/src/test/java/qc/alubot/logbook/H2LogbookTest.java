package qc.alubot.logbook;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;

/** The logbook on H2 in PostgreSQL mode, in a file as the embedded default keeps it. */
class H2LogbookTest extends LogbookDatabaseContract {

    @TempDir
    Path dataDir;

    @Override
    DataSource freshDatabase() {
        return LogbookFixture.h2("file:" + dataDir.toAbsolutePath().resolve("logbook"));
    }
}
