package qc.alubot.shutdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.alubot.logbook.PostgresDatabase;

/**
 * The packaged bot, in a process of its own, stopped with SIGTERM right after its last answer:
 * every exchange it answered is in the database afterwards, on the embedded H2 file (which must
 * not be closed by its own JVM-exit hook before the logbook's final write) and on PostgreSQL.
 */
class ShutdownDurabilityTest {

    static final int QUESTIONS = 40;

    @TempDir
    Path dataDir;

    @Test
    void keeps_every_exchange_answered_before_sigterm_in_the_embedded_database() throws Exception {
        RunningBot.Stopped stopped = RunningBot.ask(dataDir, List.of(), QUESTIONS);
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("logbook")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        try (Connection connection = DriverManager.getConnection(url, "", "")) {
            assertThat(count(connection)).as(stopped.log()).isEqualTo(QUESTIONS);
        }
        assertThat(stopped.log()).contains("every exchange answered is written").doesNotContain("lost", "already closed");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("logbook.mv.db"))))
                .isEqualTo("rw-------");
    }

    @Test
    void keeps_every_exchange_answered_before_sigterm_in_postgresql() throws Exception {
        PostgresDatabase postgres = PostgresDatabase.freshSchema();
        try {
            RunningBot.Stopped stopped = RunningBot.ask(dataDir, List.of("--spring.datasource.url=" + postgres.url(),
                    "--spring.datasource.username=" + PostgresDatabase.user(),
                    "--spring.datasource.password=" + PostgresDatabase.password()), QUESTIONS);
            try (Connection connection = postgres.dataSource().getConnection()) {
                assertThat(count(connection)).as(stopped.log()).isEqualTo(QUESTIONS);
            }
            assertThat(stopped.log()).contains("every exchange answered is written").doesNotContain("lost");
        } finally {
            postgres.drop();
        }
    }

    private static int count(Connection connection) throws Exception {
        try (ResultSet rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM exchange")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
