package qc.alubot.logbook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;
import qc.alubot.conversation.Channel;
import qc.alubot.conversation.Feedback;
import qc.alubot.conversation.Outcome;
import qc.alubot.language.Language;
import qc.alubot.language.Texts;

/** How an {@link Exchange} maps to a row of the {@code exchange} table, both ways. */
final class ExchangeRows {

    static final String COLUMNS = "id, asked_at, channel, user_ref, chat_ref, chat_type, language, question, answer, route, "
            + "outcome, confidence, source_ids, latency_ms, knowledge_version, note, feedback";

    /** Ignores a row already there: a batch retried after its commit was lost must not fail forever. */
    static final String INSERT = "INSERT INTO exchange (" + COLUMNS + ", search_text, question_hash) VALUES (:id, "
            + ":askedAt, :channel, :userRef, :chatRef, :chatType, :language, :question, :answer, :route, :outcome, "
            + ":confidence, :sourceIds, :latencyMs, :knowledgeVersion, :note, :feedback, :searchText, :questionHash) "
            + "ON CONFLICT DO NOTHING";

    static final RowMapper<Exchange> MAPPER = ExchangeRows::read;

    private ExchangeRows() {
    }

    static Map<String, Object> parameters(Exchange e) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", e.id());
        p.put("askedAt", timestamp(e.askedAt()));
        p.put("channel", e.channel().name());
        p.put("userRef", e.userRef());
        p.put("chatRef", e.chatRef());
        p.put("chatType", e.chatType());
        p.put("language", e.language().code());
        String question = StorableText.of(e.question());
        p.put("question", question);
        p.put("answer", StorableText.of(e.answer()));
        p.put("route", e.route());
        p.put("outcome", e.outcome().name());
        p.put("confidence", e.confidence());
        p.put("sourceIds", String.join(" ", e.sourceIds()));
        p.put("latencyMs", (int) Math.min(Integer.MAX_VALUE, e.latencyMillis()));
        p.put("knowledgeVersion", e.knowledgeVersion());
        p.put("note", StorableText.of(e.note()));
        p.put("feedback", e.feedback() == null ? null : e.feedback().name());
        p.put("searchText", StorableText.of(Texts.fold(e.question() + "\n" + e.answer())));
        // no question: no hash either, and the database refuses the row for its missing question, as it should
        p.put("questionHash", question == null ? null : QuestionKey.hashOf(question));
        return p;
    }

    /** Microseconds: what both databases keep, so a time read back compares equal to the one written. */
    static OffsetDateTime timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    private static Exchange read(ResultSet rs, int row) throws SQLException {
        String feedback = rs.getString("feedback");
        String sources = rs.getString("source_ids");
        return new Exchange(rs.getString("id"), rs.getObject("asked_at", OffsetDateTime.class).toInstant(),
                Channel.valueOf(rs.getString("channel")), rs.getString("user_ref"), rs.getString("chat_ref"),
                rs.getString("chat_type"), Language.parse(rs.getString("language")).orElse(Language.EN),
                rs.getString("question"), rs.getString("answer"), rs.getString("route"),
                Outcome.valueOf(rs.getString("outcome")), rs.getDouble("confidence"),
                sources.isBlank() ? List.of() : Arrays.asList(sources.split(" ")), rs.getLong("latency_ms"),
                rs.getString("knowledge_version"), rs.getString("note"),
                feedback == null ? null : Feedback.valueOf(feedback));
    }
}
