package qc.alubot.knowledge;

import java.util.List;
import java.util.Map;
import qc.alubot.language.Language;

/**
 * A dated event of Aluminium Valley's history, as {@code timeline.yaml} gives it: "when" answers
 * and corrections of a wrong year come from here word for word.
 *
 * @param from      the year it happened, or the first year of a span ("1984-92")
 * @param to        the last year of a span; equal to {@code from} for a single year
 * @param label     a short name of the event, for comparisons ("the birth of the CQRDA")
 * @param statement the sentence that dates it, checked to contain the year
 * @param subjects  what the event is about, in investors' words ("CQRDA", "Trans-Al Network")
 * @param events    what happened ("founded", "launched", "designated"), to tell apart events
 *                  about the same subject; may be empty
 */
public record Milestone(String id, int from, int to, Localized label, Localized statement,
                        Map<Language, List<String>> subjects, Map<Language, List<String>> events, String passage,
                        String source, Origin origin) {

    public Milestone {
        subjects = Map.copyOf(subjects);
        events = Map.copyOf(events);
    }

    public boolean covers(int year) {
        return year >= from && year <= to;
    }

    public List<String> subjectsIn(Language language) {
        return subjects.getOrDefault(language, List.of());
    }

    public List<String> eventsIn(Language language) {
        return events.getOrDefault(language, List.of());
    }
}
