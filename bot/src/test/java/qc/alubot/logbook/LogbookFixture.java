package qc.alubot.logbook;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import qc.alubot.MutableClock;

/**
 * A logbook over a database of the test's choice (a fresh in-memory H2 by default), with a clock
 * the test moves. Public so that tests of other features (channels, staff pages) can record and read.
 */
public final class LogbookFixture {

    public static final Instant START = Instant.parse("2026-11-21T12:00:00Z");
    static final byte[] KEY = "a test key, thirty-two characters or more".getBytes(StandardCharsets.UTF_8);

    private final DataSource dataSource;
    private final MutableClock clock = new MutableClock(START);
    private final LogbookSchema schema;
    private final LogbookStore store;
    private final Pseudonyms pseudonyms = new Pseudonyms(KEY);

    public LogbookFixture(DataSource dataSource) {
        this(dataSource, new LogbookSchema(dataSource));
    }

    LogbookFixture(DataSource dataSource, LogbookSchema schema) {
        this.dataSource = dataSource;
        this.schema = schema;
        this.store = new LogbookStore(dataSource, schema);
    }

    /** A new, empty in-memory H2 database in PostgreSQL mode, as the embedded default uses. */
    public static LogbookFixture inMemory() {
        return new LogbookFixture(h2("mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
    }

    public static DataSource h2(String where) {
        return new DriverManagerDataSource("jdbc:h2:" + where + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }

    /** A logbook with its own buffer of this size; its writer runs only when the test says (flush, tick). */
    public Logbook logbook(int bufferCapacity, boolean maskPersonalData) {
        LogbookBuffer buffer = new LogbookBuffer(bufferCapacity);
        return new Logbook(buffer, new LogbookWriter(buffer, store, clock), pseudonyms, maskPersonalData, clock);
    }

    public Logbook logbook() {
        return logbook(100, true);
    }

    public Conversations conversations() {
        return new Conversations(dataSource, schema);
    }

    public LogbookStatistics statistics() {
        return new LogbookStatistics(dataSource, schema);
    }

    public UnansweredQuestions unanswered() {
        return new UnansweredQuestions(dataSource, schema);
    }

    public MutableClock clock() {
        return clock;
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    LogbookStore store() {
        return store;
    }

    String userRef(String rawId) {
        return pseudonyms.user(rawId);
    }

    String chatRef(String rawId) {
        return pseudonyms.chat(rawId);
    }
}
