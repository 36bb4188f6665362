package qc.alubot.logbook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import qc.alubot.conversation.Channel;
import qc.alubot.conversation.Feedback;
import qc.alubot.conversation.Outcome;
import qc.alubot.language.Language;
import qc.alubot.language.Texts;

/**
 * Which exchanges staff want to see. Every field is optional (null or false: no restriction).
 *
 * @param from            asked at or after this instant
 * @param to              asked before this instant
 * @param unansweredOnly  only exchanges the bot could not answer (declined or not in the knowledge)
 * @param negativeOnly    only exchanges the investor rated unhelpful
 * @param search          words that must all appear in the question or the answer, in any case or accents
 */
public record ConversationFilter(Instant from, Instant to, Language language, Channel channel, String route,
                                 boolean unansweredOnly, boolean negativeOnly, String search) {

    public ConversationFilter {
        route = route == null || route.isBlank() ? null : route.strip();
        search = search == null || search.isBlank() ? null : search.strip();
    }

    public static ConversationFilter none() {
        return new ConversationFilter(null, null, null, null, null, false, false, null);
    }

    public ConversationFilter onlyUnanswered() {
        return new ConversationFilter(from, to, language, channel, route, true, negativeOnly, search);
    }

    /** A SQL condition and its named parameters. */
    record Where(String sql, Map<String, Object> parameters) {
    }

    Where where() {
        List<String> conditions = new ArrayList<>(List.of("1 = 1"));
        Map<String, Object> parameters = new LinkedHashMap<>();
        add(conditions, parameters, "asked_at >= :from", "from", from == null ? null : ExchangeRows.timestamp(from));
        add(conditions, parameters, "asked_at < :to", "to", to == null ? null : ExchangeRows.timestamp(to));
        add(conditions, parameters, "language = :language", "language", language == null ? null : language.code());
        add(conditions, parameters, "channel = :channel", "channel", channel == null ? null : channel.name());
        add(conditions, parameters, "route = :route", "route", route);
        add(conditions, parameters, "outcome IN (:unanswered)", "unanswered",
                unansweredOnly ? List.of(Outcome.NO_ANSWER.name(), Outcome.DECLINED.name()) : null);
        add(conditions, parameters, "feedback = :negative", "negative", negativeOnly ? Feedback.NOT_HELPFUL.name() : null);
        List<String> words = search == null ? List.of() : Texts.words(search);
        for (int i = 0; i < words.size(); i++) {
            add(conditions, parameters, "search_text LIKE :word" + i + " ESCAPE '\\'", "word" + i, "%" + escapeLike(words.get(i)) + "%");
        }
        return new Where(String.join(" AND ", conditions), parameters);
    }

    private static void add(List<String> conditions, Map<String, Object> parameters, String condition, String name,
                            Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
    }

    private static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
