package qc.alubot.logbook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The questions the bot could not answer, with exact repetitions merged by the database, and
 * what staff decided about them. Throws a {@code DataAccessException} when the database is unreachable.
 */
public class UnansweredQuestions {

    /** Which questions a page lists. */
    public enum View {
        /** Not marked, or marked handled and asked again since: what still needs work. */
        OPEN("(mark_state IS NULL OR (mark_state = 'HANDLED' AND picked_at > marked_at))"),
        /** Marked and not asked since (ignored ones whenever asked): to review or undo a decision. */
        MARKED("(mark_state = 'IGNORED' OR (mark_state = 'HANDLED' AND picked_at <= marked_at))");

        private final String condition;

        View(String condition) {
            this.condition = condition;
        }
    }

    /**
     * The newest occurrence of each distinct question, with how often and since when it was asked, and
     * its mark. The key, same words whatever the case, is computed by the database (once per row), so it
     * always matches its own grouping and the marks made from it. Only ids, times and keys go through
     * the window functions and the sort; the chosen rows are read whole at the end.
     */
    private static final String DISTINCT_NEWEST_FIRST = "SELECT " + ExchangeRows.COLUMNS + ", asked_key, asked, "
            + "first_at, mark_state, marked_at, mark_version FROM (SELECT * FROM (SELECT picked_id, picked_at, asked_key, "
            + "COUNT(*) OVER (PARTITION BY asked_key) AS asked, MIN(picked_at) OVER (PARTITION BY asked_key) AS first_at, "
            + "ROW_NUMBER() OVER (PARTITION BY asked_key ORDER BY picked_at DESC, picked_id DESC) AS nth, "
            + "mark_state, marked_at, mark_version FROM (SELECT id AS picked_id, asked_at AS picked_at, "
            + "LOWER(question) AS asked_key FROM exchange WHERE %s) keyed "
            + "LEFT JOIN unanswered_mark ON question_key = asked_key WHERE %s) ranked "
            + "WHERE nth = 1 ORDER BY picked_at DESC, picked_id DESC LIMIT :limit) picked "
            + "JOIN exchange ON id = picked_id ORDER BY asked_at DESC, id DESC";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final LogbookSchema schema;

    UnansweredQuestions(DataSource dataSource, LogbookSchema schema) {
        this.jdbc = JdbcClient.create(dataSource);
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.schema = schema;
    }

    /** The newest {@code limit} distinct unanswered questions that {@code filter} selects, in this view. */
    public List<AskedQuestion> newest(ConversationFilter filter, View view, int limit) {
        schema.ensureReady();
        ConversationFilter.Where where = filter.onlyUnanswered().where();
        return jdbc.sql(DISTINCT_NEWEST_FIRST.formatted(where.sql(), view.condition)).params(where.parameters())
                .param("limit", limit).query(UnansweredQuestions::asked).list();
    }

    /** Records a decision about these questions (keys as {@link AskedQuestion#key()} gives them), replacing any earlier one. */
    public void mark(Collection<String> keys, Mark mark) {
        schema.ensureReady();
        transaction.executeWithoutResult(status -> keys.forEach(key -> {
            delete(key);
            jdbc.sql("INSERT INTO unanswered_mark (mark_id, question_key, mark_state, marked_at, mark_version) "
                            + "VALUES (:id, :key, :state, :at, :version)")
                    .param("id", id(key)).param("key", key).param("state", mark.state().name())
                    .param("at", ExchangeRows.timestamp(mark.at())).param("version", mark.version()).update();
        }));
    }

    /** Forgets the decision about these questions: they are open again. */
    public void reopen(Collection<String> keys) {
        schema.ensureReady();
        transaction.executeWithoutResult(status -> keys.forEach(this::delete));
    }

    private void delete(String key) {
        jdbc.sql("DELETE FROM unanswered_mark WHERE mark_id = :id").param("id", id(key)).update();
    }

    private static AskedQuestion asked(ResultSet rs, int row) throws SQLException {
        String state = rs.getString("mark_state");
        Mark mark = state == null ? null : new Mark(Mark.State.valueOf(state),
                rs.getObject("marked_at", OffsetDateTime.class).toInstant(), rs.getString("mark_version"));
        Instant first = rs.getObject("first_at", OffsetDateTime.class).toInstant();
        return new AskedQuestion(rs.getString("asked_key"), ExchangeRows.MAPPER.mapRow(rs, row), rs.getLong("asked"),
                first, mark);
    }

    /** A fixed-length id for a key of any length (a question may run to thousands of characters). */
    static String id(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
