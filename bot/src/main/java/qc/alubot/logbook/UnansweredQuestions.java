package qc.alubot.logbook;

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
     * its mark. Questions are told apart by their stored key hash ({@link QuestionKey}), so only ids,
     * times and hashes go through the window functions and the sort, all read from one index
     * ({@code exchange_unanswered}) without touching the rows; the chosen rows are read whole at the
     * end. Each asking is checked against the mark before counting, so a question marked handled and
     * asked again counts only its new askings. {@code DISTINCT ON} keeps the first row of each hash in
     * the inner order (the newest, then the highest id): one sort, where {@code ROW_NUMBER} cost H2 another.
     */
    private static final String DISTINCT_NEWEST_FIRST = "SELECT " + ExchangeRows.COLUMNS + ", asked, first_at, "
            + "mark_state, marked_at, mark_version FROM (SELECT * FROM (SELECT DISTINCT ON (asked_hash) picked_id, "
            + "picked_at, asked_hash, COUNT(*) OVER (PARTITION BY asked_hash) AS asked, "
            + "MIN(picked_at) OVER (PARTITION BY asked_hash) AS first_at, mark_state, marked_at, mark_version "
            + "FROM (SELECT id AS picked_id, asked_at AS picked_at, question_hash AS asked_hash FROM exchange WHERE %s) keyed "
            + "LEFT JOIN unanswered_mark ON mark_id = asked_hash WHERE %s "
            + "ORDER BY asked_hash, picked_at DESC, picked_id DESC) newest "
            + "ORDER BY picked_at DESC, picked_id DESC LIMIT :limit) picked "
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
                    .param("id", QuestionKey.hash(key)).param("key", key).param("state", mark.state().name())
                    .param("at", ExchangeRows.timestamp(mark.at())).param("version", mark.version()).update();
        }));
    }

    /** Forgets the decision about these questions: they are open again. */
    public void reopen(Collection<String> keys) {
        schema.ensureReady();
        transaction.executeWithoutResult(status -> keys.forEach(this::delete));
    }

    private void delete(String key) {
        jdbc.sql("DELETE FROM unanswered_mark WHERE mark_id = :id").param("id", QuestionKey.hash(key)).update();
    }

    private static AskedQuestion asked(ResultSet rs, int row) throws SQLException {
        String state = rs.getString("mark_state");
        Mark mark = state == null ? null : new Mark(Mark.State.valueOf(state),
                rs.getObject("marked_at", OffsetDateTime.class).toInstant(), rs.getString("mark_version"));
        Instant first = rs.getObject("first_at", OffsetDateTime.class).toInstant();
        Exchange newest = ExchangeRows.MAPPER.mapRow(rs, row);
        return new AskedQuestion(QuestionKey.of(newest.question()), newest, rs.getLong("asked"), first, mark);
    }
}
