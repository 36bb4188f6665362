package qc.alubot.logbook;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Migration 3, in Java because neither database can compute the hash the way the other does (H2 has
 * {@code HASH('SHA-256', …)}, PostgreSQL {@code sha256(…)}, and their {@code LOWER} differ on a few
 * letters): adds {@code exchange.question_hash} ({@link QuestionKey}), fills it for the rows written
 * before, indexes it for the unanswered page, and moves marks made under the database's {@code LOWER}
 * to the key {@link QuestionKey} computes (the same for every English or French question). Runs in the
 * migration's transaction on PostgreSQL; H2 commits each schema change, so every step may safely run again.
 */
final class QuestionKeyMigration implements JavaMigration {

    /** Rows read and updated at a time: bounded memory whatever the logbook's size. */
    static final int BATCH = 1_000;

    private static final Logger log = LoggerFactory.getLogger(QuestionKeyMigration.class);

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("3");
    }

    @Override
    public String getDescription() {
        return "question hash";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        long start = System.nanoTime();
        log.info("Logbook migration 3: storing the question hash of every exchange, once (on H2 about half a minute "
                + "per 100,000 exchanges, a few seconds on PostgreSQL); staff pages wait until it is done");
        execute(connection, "ALTER TABLE exchange ADD COLUMN IF NOT EXISTS question_hash VARCHAR(64)");
        int filled = backfill(connection);
        execute(connection, "ALTER TABLE exchange ALTER COLUMN question_hash SET NOT NULL");
        // The unanswered page reads only these columns of the unanswered rows over a period, so it scans
        // the index alone; the index also serves everything the one it replaces (outcome, asked_at) did.
        execute(connection, "DROP INDEX IF EXISTS exchange_outcome_asked_at");
        execute(connection, "CREATE INDEX IF NOT EXISTS exchange_unanswered ON exchange (outcome, asked_at, question_hash, id)");
        int moved = rekeyMarks(connection);
        log.info("Logbook migration 3: stored the question hash of {} existing exchange(s) and moved {} mark(s) in {} ms",
                filled, moved, (System.nanoTime() - start) / 1_000_000);
    }

    /** Fills the hash of every row, {@link #BATCH} at a time in the order of their ids; returns how many. */
    private static int backfill(Connection connection) throws SQLException {
        int filled = 0;
        String after = "";
        try (PreparedStatement read = connection.prepareStatement(
                "SELECT id, question FROM exchange WHERE id > ? ORDER BY id LIMIT " + BATCH);
             PreparedStatement write = connection.prepareStatement("UPDATE exchange SET question_hash = ? WHERE id = ?")) {
            for (int rows = BATCH; rows == BATCH; filled += rows) {
                read.setString(1, after);
                rows = 0;
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) {
                        after = rs.getString("id");
                        write.setString(1, QuestionKey.hashOf(rs.getString("question")));
                        write.setString(2, after);
                        write.addBatch();
                        rows++;
                    }
                }
                write.executeBatch();
            }
        }
        return filled;
    }

    /**
     * Moves each mark whose key the database lower-cased differently from {@link QuestionKey} (only
     * letters outside English and French, e.g. a final Greek sigma on PostgreSQL); when two marks meet
     * under one key, the later decision stays, as when staff mark a question twice. Returns how many moved.
     */
    private static int rekeyMarks(Connection connection) throws SQLException {
        Map<String, StoredMark> latest = new HashMap<>();
        List<StoredMark> all = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(
                "SELECT mark_id, question_key, mark_state, marked_at, mark_version FROM unanswered_mark ORDER BY marked_at")) {
            while (rs.next()) {
                String key = QuestionKey.of(rs.getString("question_key"));
                StoredMark mark = new StoredMark(rs.getString("mark_id"), QuestionKey.hash(key), key,
                        rs.getString("mark_state"), rs.getObject("marked_at", OffsetDateTime.class), rs.getString("mark_version"));
                all.add(mark);
                latest.put(mark.newId(), mark); // in order of time: the last one put is the latest
            }
        }
        List<StoredMark> moved = all.stream().filter(m -> !m.oldId().equals(m.newId()) || latest.get(m.newId()) != m).toList();
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM unanswered_mark WHERE mark_id = ?");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO unanswered_mark "
                     + "(mark_id, question_key, mark_state, marked_at, mark_version) VALUES (?, ?, ?, ?, ?)")) {
            for (StoredMark mark : moved) {
                delete.setString(1, mark.oldId());
                delete.executeUpdate();
            }
            for (StoredMark mark : moved) {
                if (latest.get(mark.newId()) == mark) {
                    insert.setString(1, mark.newId());
                    insert.setString(2, mark.key());
                    insert.setString(3, mark.state());
                    insert.setObject(4, mark.at());
                    insert.setString(5, mark.version());
                    insert.executeUpdate();
                }
            }
        }
        return moved.size();
    }

    /** A mark as V2 stored it, with the id it gets now. */
    private record StoredMark(String oldId, String newId, String key, String state, OffsetDateTime at, String version) {
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
