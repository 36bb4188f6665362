package qc.alubot.logbook;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A schema of its own in the test PostgreSQL server (127.0.0.1:5432, database {@code test}, trust
 * auth by default), so runs never collide. Without a reachable server the tests that use it are
 * skipped with a message saying how to run them; with {@code BOT_REQUIRE_POSTGRES=true} (set by
 * {@code .ci/run}) they fail instead, so CI can never pass by skipping them.
 */
public final class PostgresDatabase {

    static final String URL = env("BOT_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String USER = env("BOT_TEST_POSTGRES_USER", "postgres");
    static final String PASSWORD = env("BOT_TEST_POSTGRES_PASSWORD", "");
    static final boolean REQUIRED = Boolean.parseBoolean(env("BOT_REQUIRE_POSTGRES", "false"));

    private final String schema;
    private final DataSource dataSource;

    private PostgresDatabase(String schema) {
        this.schema = schema;
        this.dataSource = new DriverManagerDataSource(URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                USER, PASSWORD);
    }

    public static PostgresDatabase freshSchema() {
        reachableOrSkip();
        PostgresDatabase database = new PostgresDatabase("logbook_test_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT));
        JdbcClient.create(new DriverManagerDataSource(URL, USER, PASSWORD)).sql("CREATE SCHEMA " + database.schema).update();
        return database;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** The JDBC URL of this schema, for a bot started in another process. */
    public String url() {
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    public static String user() {
        return USER;
    }

    public static String password() {
        return PASSWORD;
    }

    public void drop() {
        JdbcClient.create(new DriverManagerDataSource(URL, USER, PASSWORD)).sql("DROP SCHEMA " + schema + " CASCADE").update();
    }

    /** Why PostgreSQL cannot be used, or null when it can; asked once per run, so an absent server costs one try. */
    private static String unreachable;
    private static boolean checked;

    private static synchronized void reachableOrSkip() {
        if (!checked) {
            checked = true;
            unreachable = connectionProblem();
            if (unreachable != null && !REQUIRED) {
                System.err.println("SKIPPED: " + unreachable);
            }
        }
        if (unreachable != null) {
            if (REQUIRED) {
                fail(unreachable);
            }
            Assumptions.assumeTrue(false, unreachable);
        }
    }

    private static String connectionProblem() {
        DriverManager.setLoginTimeout(5);
        try (Connection ignored = DriverManager.getConnection(URL, USER, PASSWORD)) {
            return null;
        } catch (SQLException e) {
            return "PostgreSQL is not reachable at " + URL + " as '" + USER + "' (" + e.getMessage()
                    + "), so the PostgreSQL tests are skipped. To run them, start PostgreSQL (trust auth, database 'test') "
                    + "or point BOT_TEST_POSTGRES_URL, BOT_TEST_POSTGRES_USER and BOT_TEST_POSTGRES_PASSWORD at one. "
                    + "CI sets BOT_REQUIRE_POSTGRES=true, which makes this a failure.";
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
