package qc.alubot.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import qc.alubot.language.Language;

/** Reads {@code timeline.yaml}: the dated milestones of Aluminium Valley's history. */
final class TimelineReader {

    static final Set<String> FIELDS = Set.of("id", "years", "label", "statement", "subjects", "events", "passage",
            "source");
    private static final Pattern YEARS = Pattern.compile("(\\d{4})(?:\\s*[-–]\\s*(\\d{2}|\\d{4}))?");

    private TimelineReader() {
    }

    /** The milestones, and the words for the timeline as a whole. */
    record Result(List<Milestone> milestones, Map<Language, List<String>> names) {
    }

    static Result read(String file, String text, Problems problems) {
        List<Milestone> milestones = new ArrayList<>();
        Map<Language, List<String>> names = new HashMap<>();
        Yamls.parse(file, text, 0, problems).ifPresent(root -> {
            root.allowOnly(Set.of("milestones", "names"));
            names.putAll(Localizeds.lists(root, "names"));
            root.mapList("milestones").forEach(entry -> toMilestone(entry).ifPresent(milestones::add));
        });
        return new Result(milestones, names);
    }

    private static Optional<Milestone> toMilestone(YamlMap entry) {
        entry.allowOnly(FIELDS);
        String id = entry.requiredText("id");
        String years = entry.requiredText("years");
        Localized label = Localizeds.required(entry, "label");
        Localized statement = Localizeds.required(entry, "statement");
        String passage = entry.requiredText("passage");
        String source = entry.requiredText("source");
        var subjects = Localizeds.lists(entry, "subjects");
        for (Language language : Language.values()) {
            if (subjects.getOrDefault(language, List.of()).isEmpty()) {
                entry.problems().error(entry.file(), entry.lineOf("subjects"), "milestone '" + id + "' needs subjects in '"
                        + language.code() + "': what it is about, in investors' words, like [CQRDA]");
            }
        }
        int[] span = years == null ? null : span(entry, years);
        if (id == null || span == null || label == null || statement == null || passage == null || source == null) {
            return Optional.empty();
        }
        return Optional.of(new Milestone(id, span[0], span[1], label, statement, subjects, Localizeds.lists(entry, "events"),
                passage, source, entry.origin()));
    }

    /** "1993" or "1984-92" or "2004-2005" as first and last year; null (reported) when unreadable. */
    private static int[] span(YamlMap entry, String years) {
        Matcher matcher = YEARS.matcher(years);
        if (!matcher.matches()) {
            entry.problems().error(entry.file(), entry.lineOf("years"), "years should be a year or a span, like 1993 or "
                    + "1984-1992, not '" + years + "'");
            return null;
        }
        int from = Integer.parseInt(matcher.group(1));
        String end = matcher.group(2);
        int to = end == null ? from : end.length() == 2 ? from / 100 * 100 + Integer.parseInt(end) : Integer.parseInt(end);
        if (to < from) {
            entry.problems().error(entry.file(), entry.lineOf("years"), "the span " + years + " ends before it starts");
            return null;
        }
        return new int[] {from, to};
    }
}
