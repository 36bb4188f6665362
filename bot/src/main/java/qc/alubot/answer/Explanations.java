package qc.alubot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import qc.alubot.knowledge.Category;
import qc.alubot.knowledge.Company;
import qc.alubot.knowledge.Contact;
import qc.alubot.retrieval.Hit;
import qc.alubot.understanding.Named;
import qc.alubot.understanding.Premise;
import qc.alubot.understanding.Understanding;

/**
 * How a question was understood and answered, as label and value lines a maintainer can read:
 * the message's language and parts, what each part asks and names, the facts it takes for
 * granted, the step that answered it and the passages retrieval weighed.
 */
public final class Explanations {

    /** Passages shown per part: enough to see the runner-up, short enough to read. */
    private static final int CANDIDATES = 3;

    /**
     * One line of an explanation.
     *
     * @param label what the line tells, a key ({@code part}, {@code asks}, {@code names}, {@code candidate}…)
     */
    public record Line(String label, String value) {
    }

    private Explanations() {
    }

    public static List<Line> of(AnswerService.Explanation explanation) {
        Understanding understanding = explanation.understanding();
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("language", understanding.language().code() + " (written in "
                + understanding.textLanguage().code() + ")"));
        understanding.languageRequest().ifPresent(l -> lines.add(new Line("language-asked", l.code()
                + (understanding.onlyLanguageRequest() ? ": the last answer again" : ""))));
        int index = 0;
        for (Trace.PartTrace trace : explanation.trace().parts()) {
            lines.add(new Line("part", ++index + ". " + trace.part().text() + (trace.part().followUp() ? "  [completed: "
                    + trace.part().searchText() + "]" : "")));
            lines.add(new Line("asks", trace.part().asked().stream().map(a -> a.name().toLowerCase(Locale.ROOT))
                    .sorted().collect(Collectors.joining(", "))));
            lines.add(new Line("names", names(trace.part().named())));
            for (Premise premise : trace.part().premises()) {
                lines.add(new Line("premise", "\"" + premise.asserted() + "\" about " + premise.subjectId()
                        + (premise.agrees() ? ": agrees with the knowledge" : ": contradicted, corrected")));
            }
            trace.offTopic().ifPresent(off -> lines.add(new Line("off-topic", String.format(Locale.ROOT,
                    "closest declined topic \"%s\", %+.2f against the closest passage%s", off.topic(), off.margin(),
                    off.margin() > DeclinedTopics.MARGIN ? ": declined" : ""))));
            lines.add(new Line("answered-by", trace.step()));
            for (Hit hit : trace.retrieval().hits().stream().limit(CANDIDATES).toList()) {
                lines.add(new Line("candidate", String.format(Locale.ROOT, "%s confidence %.2f (meaning %.2f, words %.2f)",
                        hit.passageId(), hit.confidence(), hit.semantic(), hit.coverage())));
            }
        }
        lines.add(new Line("route", explanation.answer().route().id() + ", " + explanation.answer().outcome()
                .name().toLowerCase(Locale.ROOT)));
        return lines;
    }

    private static String names(Named named) {
        List<String> found = new ArrayList<>();
        add(found, "people", named.people(), Contact::name);
        add(found, "titles of", named.roleHolders(), Contact::name);
        add(found, "topics of", named.topicContacts(), Contact::name);
        add(found, "board members from", named.representatives(), Contact::name);
        add(found, "companies", named.companies(), Company::name);
        add(found, "categories", named.categories(), Category::id);
        add(found, "figures", named.figures(), m -> m.value().id());
        add(found, "figure cues", named.figureCues(), m -> m.value().id());
        add(found, "milestones", named.milestones(), m -> m.value().id());
        add(found, "events of", named.events(), m -> m.value().id());
        add(found, "years", named.years(), y -> y.from() == y.to() ? "" + y.from() : y.from() + "-" + y.to());
        add(found, "places", named.places(), Function.identity());
        add(found, "details", named.details(), Function.identity());
        if (named.timeline()) {
            found.add("the timeline");
        }
        found.add("scope " + named.scope().name().toLowerCase(Locale.ROOT));
        return String.join("; ", found);
    }

    private static <T> void add(List<String> found, String label, List<T> items, Function<T, String> name) {
        if (!items.isEmpty()) {
            found.add(label + " " + items.stream().map(name).distinct().collect(Collectors.joining(", ")));
        }
    }
}
