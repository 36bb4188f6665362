package qc.alubot.logbook;

import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes and deletes logbook rows. Every method may throw a {@code DataAccessException} when
 * the database is unreachable; callers decide whether to wait or to tell.
 */
class LogbookStore {

    private final NamedParameterJdbcTemplate template;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final LogbookSchema schema;

    LogbookStore(DataSource dataSource, LogbookSchema schema) {
        this.template = new NamedParameterJdbcTemplate(dataSource);
        this.jdbc = JdbcClient.create(template);
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.schema = schema;
    }

    /** Makes the tables if need be: a cheap check once done. */
    void ensureReady() {
        schema.ensureReady();
    }

    /** Writes a batch in one transaction: its exchanges first, then the ratings (which may refer to them). */
    void write(List<Pending> batch) {
        schema.ensureReady();
        SqlParameterSource[] rows = batch.stream().filter(Pending.Record.class::isInstance)
                .map(p -> new MapSqlParameterSource(ExchangeRows.parameters(((Pending.Record) p).exchange())))
                .toArray(SqlParameterSource[]::new);
        List<Pending.Rating> ratings = batch.stream().filter(Pending.Rating.class::isInstance)
                .map(Pending.Rating.class::cast).toList();
        transaction.executeWithoutResult(status -> {
            if (rows.length > 0) {
                template.batchUpdate(ExchangeRows.INSERT, rows);
            }
            ratings.forEach(this::rate);
        });
    }

    private void rate(Pending.Rating rating) {
        jdbc.sql("UPDATE exchange SET feedback = :feedback, feedback_at = :at WHERE id = :id")
                .param("feedback", rating.feedback().name()).param("at", ExchangeRows.timestamp(rating.at()))
                .param("id", rating.exchangeId()).update();
    }

    /** Deletes a person's exchanges (by user pseudonym, else by conversation pseudonym); returns how many. */
    int deleteFor(String userRef, String chatRef) {
        schema.ensureReady();
        if (userRef != null) {
            return jdbc.sql("DELETE FROM exchange WHERE user_ref = :ref").param("ref", userRef).update();
        }
        return chatRef == null ? 0 : jdbc.sql("DELETE FROM exchange WHERE chat_ref = :ref").param("ref", chatRef).update();
    }

    /** Deletes exchanges asked before {@code cutoff}; returns how many. */
    int deleteBefore(Instant cutoff) {
        schema.ensureReady();
        return jdbc.sql("DELETE FROM exchange WHERE asked_at < :cutoff")
                .param("cutoff", ExchangeRows.timestamp(cutoff)).update();
    }
}
