package qc.alubot.logbook;

import static org.assertj.core.api.Assertions.assertThat;
import static qc.alubot.logbook.ExchangeBuilder.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
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

    private String fileUrl() {
        return "jdbc:h2:file:" + dataDir.resolve("data") + "/" + EmbeddedDatabaseLocation.FILE_NAME
                + EmbeddedDatabaseLocation.H2_OPTIONS; // the default the application makes
    }

    private LogbookFixture secured(String url) {
        EmbeddedDatabaseFiles files = EmbeddedDatabaseFiles.of(url).orElseThrow();
        files.secure();
        DataSource dataSource = new DriverManagerDataSource(url);
        return new LogbookFixture(dataSource, new LogbookSchema(dataSource, files::secure));
    }

    @Test
    void creates_its_file_in_the_data_folder_on_first_start_and_finds_it_again_after_a_restart() {
        new LogbookFixture(new DriverManagerDataSource(fileUrl())).store().write(List.of(exchange().id("kept").pending()));
        assertThat(dataDir.resolve("data/logbook.mv.db")).isRegularFile();

        LogbookFixture restarted = new LogbookFixture(new DriverManagerDataSource(fileUrl()));
        assertThat(restarted.conversations().transcript("kept")).isPresent();
    }

    @Test
    void keeps_its_files_readable_by_the_bot_user_only_and_publishes_no_server_address() throws IOException {
        secured(fileUrl()).store().write(List.of(exchange().id("private").pending()));
        Path folder = dataDir.resolve("data");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> all = files.toList();
            assertThat(all).isNotEmpty().allSatisfy(file -> {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(file.toString())
                        .isEqualTo("rw-------");
                assertThat(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1)).as("no server address")
                        .doesNotContain("server=");
            });
        }
    }

    @Test
    void tightens_a_folder_and_files_left_open_by_an_earlier_version() throws IOException {
        Path folder = Files.createDirectories(dataDir.resolve("data"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        new LogbookFixture(new DriverManagerDataSource(fileUrl())).store().write(List.of(exchange().id("old").pending()));
        Files.setPosixFilePermissions(folder.resolve("logbook.mv.db"), PosixFilePermissions.fromString("rw-r--r--"));

        secured(fileUrl()).store().ensureReady();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("logbook.mv.db"))))
                .isEqualTo("rw-------");
    }
}
