package qc.alubot.logbook;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the logbook for staff: pages of exchanges, transcripts, exports. Throws a
 * {@code DataAccessException} when the database is unreachable.
 */
public class Conversations {

    /** Exchanges read per query when streaming an export: memory stays flat however many there are. */
    private static final int EXPORT_CHUNK = 500;
    /** Exchanges shown either side of the chosen one: a Telegram chat can hold months of questions. */
    static final int TRANSCRIPT_WINDOW = 200;
    private static final String NEWEST_FIRST = " ORDER BY asked_at DESC, id DESC";

    private final JdbcClient jdbc;
    private final LogbookSchema schema;

    Conversations(DataSource dataSource, LogbookSchema schema) {
        this.jdbc = JdbcClient.create(dataSource);
        this.schema = schema;
    }

    /** One page of matching exchanges, newest first, with the total count. */
    public Page page(ConversationFilter filter, int number, int size) {
        schema.ensureReady();
        ConversationFilter.Where where = filter.where();
        long total = jdbc.sql("SELECT COUNT(*) FROM exchange WHERE " + where.sql()).params(where.parameters())
                .query(Long.class).single();
        List<Exchange> items = select(where.sql() + NEWEST_FIRST + " LIMIT :limit OFFSET :offset",
                with(where.parameters(), "limit", size, "offset", (long) number * size));
        return new Page(items, total, number, size);
    }

    /** The newest {@code limit} matching exchanges. */
    public List<Exchange> newest(ConversationFilter filter, int limit) {
        schema.ensureReady();
        ConversationFilter.Where where = filter.where();
        return select(where.sql() + NEWEST_FIRST + " LIMIT :limit", with(where.parameters(), "limit", limit));
    }

    /** Every matching exchange, newest first, read in chunks (for exports of any size). */
    public void forEach(ConversationFilter filter, Consumer<Exchange> action) {
        schema.ensureReady();
        ConversationFilter.Where where = filter.where();
        List<Exchange> chunk = select(where.sql() + NEWEST_FIRST + " LIMIT :limit", with(where.parameters(), "limit", EXPORT_CHUNK));
        while (!chunk.isEmpty()) {
            chunk.forEach(action);
            Exchange last = chunk.get(chunk.size() - 1);
            chunk = chunk.size() < EXPORT_CHUNK ? List.of() : select(where.sql()
                            + " AND (asked_at < :lastAt OR (asked_at = :lastAt AND id < :lastId))" + NEWEST_FIRST + " LIMIT :limit",
                    with(where.parameters(), "limit", EXPORT_CHUNK, "lastAt", ExchangeRows.timestamp(last.askedAt()),
                            "lastId", last.id()));
        }
    }

    /**
     * The conversation an exchange belongs to, oldest first: the exchanges of its chat around it
     * (or only itself when the channel gave no conversation id). Empty when there is no such exchange.
     */
    public Optional<List<Exchange>> transcript(String exchangeId) {
        schema.ensureReady();
        Optional<Exchange> chosen = select("id = :id", Map.of("id", exchangeId)).stream().findFirst();
        if (chosen.isEmpty() || chosen.get().chatRef() == null) {
            return chosen.map(List::of);
        }
        Map<String, Object> around = Map.of("chat", chosen.get().chatRef(),
                "at", ExchangeRows.timestamp(chosen.get().askedAt()), "id", exchangeId, "limit", TRANSCRIPT_WINDOW);
        List<Exchange> before = new ArrayList<>(select("chat_ref = :chat AND (asked_at < :at OR (asked_at = :at AND id <= :id))"
                + NEWEST_FIRST + " LIMIT :limit", around));
        Collections.reverse(before);
        before.addAll(select("chat_ref = :chat AND (asked_at > :at OR (asked_at = :at AND id > :id))"
                + " ORDER BY asked_at, id LIMIT :limit", around));
        return Optional.of(before);
    }

    /** The routes that occur in the logbook, for a filter's choices. */
    public List<String> routes() {
        schema.ensureReady();
        return jdbc.sql("SELECT DISTINCT route FROM exchange ORDER BY route").query(String.class).list();
    }

    private List<Exchange> select(String condition, Map<String, Object> parameters) {
        return jdbc.sql("SELECT " + ExchangeRows.COLUMNS + " FROM exchange WHERE " + condition).params(parameters)
                .query(ExchangeRows.MAPPER).list();
    }

    private static Map<String, Object> with(Map<String, Object> parameters, Object... more) {
        Map<String, Object> all = new HashMap<>(parameters);
        for (int i = 0; i < more.length; i += 2) {
            all.put((String) more[i], more[i + 1]);
        }
        return all;
    }

    /** A page of exchanges; {@code number} counts from 0. */
    public record Page(List<Exchange> items, long total, int number, int size) {

        public boolean hasNext() {
            return (long) (number + 1) * size < total;
        }

        public boolean hasPrevious() {
            return number > 0;
        }
    }
}
