package qc.alubot.logbook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import qc.alubot.conversation.Channel;
import qc.alubot.conversation.Outcome;
import qc.alubot.language.Language;

/**
 * The dashboard's figures, computed by the database: grouped counts rather than rows, so a
 * period of a hundred thousand exchanges costs a few aggregate scans. The same SQL runs on
 * PostgreSQL and H2. Throws a {@code DataAccessException} when the database is unreachable.
 */
public class LogbookStatistics {

    /**
     * The staff's calendar day of an exchange, as year, month and day: both databases read a zone name
     * after AT TIME ZONE, but H2 casts the result to a date in its session's zone, so fields are extracted.
     */
    private static final String DAY = "EXTRACT(YEAR FROM asked_at AT TIME ZONE :zone) AS y, "
            + "EXTRACT(MONTH FROM asked_at AT TIME ZONE :zone) AS m, EXTRACT(DAY FROM asked_at AT TIME ZONE :zone) AS d";
    private static final String IS_QUESTION = "outcome <> 'CONVERSATION'";

    private final JdbcClient jdbc;
    private final LogbookSchema schema;

    LogbookStatistics(DataSource dataSource, LogbookSchema schema) {
        this.jdbc = JdbcClient.create(dataSource);
        this.schema = schema;
    }

    /** Everything the dashboard shows about the exchanges {@code filter} selects, with days in {@code zone}. */
    public Activity activity(ConversationFilter filter, ZoneId zone) {
        schema.ensureReady();
        ConversationFilter.Where where = filter.where();
        return new Activity(tallies(where, zone), latencies(where), versions(where));
    }

    private List<Activity.Tally> tallies(ConversationFilter.Where where, ZoneId zone) {
        return jdbc.sql("SELECT y, m, d, outcome, language, channel, COUNT(*) AS n, COUNT(feedback) AS rated, "
                        + "SUM(CASE WHEN feedback = 'HELPFUL' THEN 1 ELSE 0 END) AS helpful FROM (SELECT " + DAY + ", "
                        + "outcome, language, channel, feedback FROM exchange WHERE " + where.sql() + ") dated "
                        + "GROUP BY y, m, d, outcome, language, channel")
                .params(where.parameters()).param("zone", zone.getId())
                .query(LogbookStatistics::tally).list();
    }

    private static Activity.Tally tally(ResultSet rs, int row) throws SQLException {
        return new Activity.Tally(LocalDate.of(rs.getInt("y"), rs.getInt("m"), rs.getInt("d")), Outcome.valueOf(rs.getString("outcome")),
                Language.parse(rs.getString("language")).orElse(Language.EN), Channel.valueOf(rs.getString("channel")),
                rs.getLong("n"), rs.getLong("rated"), rs.getLong("helpful"));
    }

    /** Answers per whole millisecond: a few hundred distinct values, from which any percentile is exact. */
    private NavigableMap<Long, Long> latencies(ConversationFilter.Where where) {
        NavigableMap<Long, Long> histogram = new TreeMap<>();
        jdbc.sql("SELECT latency_ms, COUNT(*) AS n FROM exchange WHERE " + where.sql() + " GROUP BY latency_ms")
                .params(where.parameters())
                .query(rs -> {
                    histogram.put(rs.getLong("latency_ms"), rs.getLong("n"));
                });
        return histogram;
    }

    private List<Activity.VersionSpan> versions(ConversationFilter.Where where) {
        List<Activity.VersionSpan> inPeriod = jdbc.sql("SELECT knowledge_version, MIN(asked_at) AS first_at, "
                        + "SUM(CASE WHEN outcome = 'ANSWERED' THEN 1 ELSE 0 END) AS answered, "
                        + "SUM(CASE WHEN " + IS_QUESTION + " THEN 1 ELSE 0 END) AS questions FROM exchange WHERE "
                        + where.sql() + " GROUP BY knowledge_version")
                .params(where.parameters())
                .query((rs, row) -> new Activity.VersionSpan(rs.getString("knowledge_version"),
                        rs.getObject("first_at", OffsetDateTime.class).toInstant(), rs.getLong("answered"),
                        rs.getLong("questions")))
                .list();
        return inPeriod.stream().map(this::sinceFirstAnswer)
                .sorted((a, b) -> a.firstAnswer().compareTo(b.firstAnswer())).toList();
    }

    /** The version's first answer ever, which may precede the period: one index seek per version. */
    private Activity.VersionSpan sinceFirstAnswer(Activity.VersionSpan span) {
        OffsetDateTime first = jdbc.sql("SELECT MIN(asked_at) FROM exchange WHERE knowledge_version = :version")
                .param("version", span.version()).query(OffsetDateTime.class).single();
        return new Activity.VersionSpan(span.version(), first.toInstant(), span.answered(), span.questions());
    }
}
