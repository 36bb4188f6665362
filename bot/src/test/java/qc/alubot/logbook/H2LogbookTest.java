package qc.alubot.logbook;

import static org.assertj.core.api.Assertions.assertThat;
import static qc.alubot.logbook.ExchangeBuilder.exchange;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The logbook on H2 in PostgreSQL mode, the embedded default (in memory here, for speed; in a file below). */
class H2LogbookTest extends LogbookDatabaseContract {

    @TempDir
    Path dataDir;

    @Override
    DataSource freshDatabase() {
        return LogbookFixture.h2("mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @Test
    void creates_its_file_in_the_data_folder_on_first_start_and_finds_it_again_after_a_restart() {
        String url = "jdbc:h2:file:" + dataDir.resolve("data") + "/logbook;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE"; // the default in application.yml
        new LogbookFixture(new DriverManagerDataSource(url)).store().write(List.of(exchange().id("kept").pending()));
        assertThat(dataDir.resolve("data/logbook.mv.db")).isRegularFile();

        LogbookFixture restarted = new LogbookFixture(new DriverManagerDataSource(url));
        assertThat(restarted.conversations().transcript("kept")).isPresent();
    }
}
