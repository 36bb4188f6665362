package qc.alubot.logbook;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
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
     * One scan for the counts and the versions: a version serves for weeks, so grouping by it as well
     * adds few groups. Reads only columns of the {@code exchange_activity} index (V2), which covers it.
     * {@code %1$s} is the staff's calendar day of an exchange, {@code %2$s} the filter.
     */
    private static final String TALLIES = "SELECT %1$s, outcome, language, channel, knowledge_version, COUNT(*) AS n, "
            + "COUNT(feedback) AS rated, SUM(CASE WHEN feedback = 'HELPFUL' THEN 1 ELSE 0 END) AS helpful, "
            + "MIN(asked_at) AS first_at FROM (SELECT asked_at AT TIME ZONE :zone AS local_at, asked_at, outcome, language, "
            + "channel, knowledge_version, feedback FROM exchange WHERE %2$s) dated "
            + "GROUP BY %1$s, outcome, language, channel, knowledge_version";
    /** PostgreSQL: the local time's date, the cheapest way there (its EXTRACT computes exact numerics, slowly). */
    private static final String POSTGRES_DAY = "CAST(local_at AS DATE)";
    /** H2 casts a zoned time to a date in its session's zone, not the value's: so the fields are extracted. */
    /** Columns of the tallies when the day is one date column (PostgreSQL); H2's year, month and day make more. */
    private static final int DAY_AS_DATE_COLUMNS = 9;
    private static final String H2_DAY = "EXTRACT(YEAR FROM local_at), EXTRACT(MONTH FROM local_at), EXTRACT(DAY FROM local_at)";

    private final JdbcClient jdbc;
    private final LogbookSchema schema;
    private final DataSource dataSource;
    private volatile Boolean postgres;

    LogbookStatistics(DataSource dataSource, LogbookSchema schema) {
        this.jdbc = JdbcClient.create(dataSource);
        this.schema = schema;
        this.dataSource = dataSource;
    }

    /** Everything the dashboard shows about the exchanges {@code filter} selects, with days in {@code zone}. */
    public Activity activity(ConversationFilter filter, ZoneId zone) {
        schema.ensureReady();
        ConversationFilter.Where where = filter.where();
        List<Activity.Tally> tallies = jdbc.sql(TALLIES.formatted(postgres() ? POSTGRES_DAY : H2_DAY, where.sql()))
                .params(where.parameters()).param("zone", zone.getId()).query(LogbookStatistics::tally).list();
        return new Activity(tallies, latencies(where), versions(tallies));
    }

    /** Whether the logbook is on PostgreSQL (else H2), asked once the database is reachable. */
    private boolean postgres() {
        if (postgres == null) {
            try {
                postgres = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName)
                        .toLowerCase(Locale.ROOT).contains("postgres");
            } catch (MetaDataAccessException e) {
                throw new DataAccessResourceFailureException("The logbook database cannot be reached: " + e.getMessage(), e);
            }
        }
        return postgres;
    }

    private static Activity.Tally tally(ResultSet rs, int row) throws SQLException {
        boolean fields = rs.getMetaData().getColumnCount() > DAY_AS_DATE_COLUMNS;
        LocalDate day = fields ? LocalDate.of(rs.getInt(1), rs.getInt(2), rs.getInt(3)) : rs.getObject(1, LocalDate.class);
        return new Activity.Tally(day,
                Outcome.valueOf(rs.getString("outcome")), Language.parse(rs.getString("language")).orElse(Language.EN),
                Channel.valueOf(rs.getString("channel")), rs.getString("knowledge_version"), rs.getLong("n"),
                rs.getLong("rated"), rs.getLong("helpful"), rs.getObject("first_at", OffsetDateTime.class).toInstant());
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

    /** Each version's answers, from the tallies, and its first answer ever, oldest version first. */
    private List<Activity.VersionSpan> versions(List<Activity.Tally> tallies) {
        Map<String, List<Activity.Tally>> byVersion = tallies.stream()
                .collect(Collectors.groupingBy(Activity.Tally::version));
        return byVersion.entrySet().stream().map(e -> new Activity.VersionSpan(e.getKey(), null,
                        sum(e.getValue(), t -> t.outcome() == Outcome.ANSWERED),
                        sum(e.getValue(), t -> t.outcome() != Outcome.CONVERSATION)))
                .map(this::sinceFirstAnswer)
                .sorted(Comparator.comparing(Activity.VersionSpan::firstAnswer)).toList();
    }

    private static long sum(List<Activity.Tally> tallies, Predicate<Activity.Tally> which) {
        return tallies.stream().filter(which).mapToLong(Activity.Tally::count).sum();
    }

    /** The version's first answer ever, which may precede the period: one index seek per version. */
    private Activity.VersionSpan sinceFirstAnswer(Activity.VersionSpan span) {
        OffsetDateTime first = jdbc.sql("SELECT MIN(asked_at) FROM exchange WHERE knowledge_version = :version")
                .param("version", span.version()).query(OffsetDateTime.class).single();
        return new Activity.VersionSpan(span.version(), first.toInstant(), span.answered(), span.questions());
    }
}
