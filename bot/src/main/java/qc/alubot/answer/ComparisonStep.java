package qc.alubot.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import qc.alubot.conversation.Draft;
import qc.alubot.conversation.Outcome;
import qc.alubot.conversation.Route;
import qc.alubot.conversation.Source;
import qc.alubot.knowledge.Figure;
import qc.alubot.knowledge.Milestone;
import qc.alubot.knowledge.Reply;
import qc.alubot.language.Language;
import qc.alubot.understanding.Asked;
import qc.alubot.understanding.Mention;
import qc.alubot.understanding.Part;

/**
 * "Are there more processors or suppliers?", "Which came first, CQRDA or Trans-Al?": both
 * figures or dates, word for word, and the plain comparison when the figures support it. Nothing
 * is computed beyond which is larger or earlier; figures of different kinds are not compared.
 */
final class ComparisonStep implements Step {

    @Override
    public Optional<Draft> answer(Part part, Context context) {
        if (!part.asks(Asked.COMPARE) || OtherValues.partOf(part).isPresent()) {
            return Optional.empty(); // "how many of the 1,400 processors have more than 100 employees?": a breakdown
        }
        List<Figure> figures = distinct(part.named().figures());
        if (figures.size() >= 2) {
            return Optional.of(figures(figures.get(0), figures.get(1), part, context));
        }
        List<Milestone> milestones = distinct(part.named().milestones());
        if (milestones.size() >= 2) {
            return Optional.of(dates(milestones.get(0), milestones.get(1), part, context));
        }
        List<Figure> hinted = distinct(part.named().figureCues());
        Optional<Figure> one = figures.size() == 1 ? Optional.of(figures.get(0))
                : figures.isEmpty() && hinted.size() == 1 ? Optional.of(hinted.get(0)) : Optional.empty();
        // "l'aluminerie d'Arvida, ça date-tu d'avant la guerre ?": a milestone named is dated by the timeline, not compared
        if (one.isPresent() && !part.named().places().isEmpty() && part.named().milestones().isEmpty()) {
            String lead = context.say(Reply.COMPARE_NO_FIGURE, "other", part.named().places().get(0)) + " "
                    + Statements.of(one.get(), context.language());
            return Optional.of(Fallbacks.noAnswer(lead, part, context, 1.0));
        }
        return Optional.empty();
    }

    /**
     * The subjects named, in order, each once: a name inside a longer one ("Aluminium Valley" in
     * "Aluminium Valley in Business Trade Show") and two subjects named by the same words (the
     * strategy's goal and period) are not two things to compare.
     */
    private static <T> List<T> distinct(List<Mention<T>> mentions) {
        List<Mention<T>> kept = new ArrayList<>();
        mentions.stream().sorted(Comparator.comparingInt((Mention<T> m) -> -(m.end() - m.start()))).forEach(m -> {
            if (kept.stream().noneMatch(k -> m.start() < k.end() && k.start() < m.end())) {
                kept.add(m);
            }
        });
        return kept.stream().sorted(Comparator.comparingInt(Mention::start)).map(Mention::value).distinct().toList();
    }

    private static Draft figures(Figure first, Figure second, Part part, Context context) {
        Language language = context.language();
        List<String> lines = new ArrayList<>(List.of(Statements.of(first, language), Statements.of(second, language)));
        lines.add(conclusion(first, second, context));
        return draft(String.join("\n\n", lines), List.of(first.passage(), second.passage()),
                List.of(first.source(), second.source()), part, context);
    }

    /** Which is larger, when both count things and the values plainly say so. */
    private static String conclusion(Figure first, Figure second, Context context) {
        Language language = context.language();
        if (first.kind() != Figure.Kind.COUNT || second.kind() != Figure.Kind.COUNT) {
            return context.say(Reply.COMPARE_UNLIKE);
        }
        int order = first.value().compareTo(second.value());
        if (order == 0 && !first.atLeast() && !second.atLeast()) {
            return context.say(Reply.COMPARE_SAME, "first", first.label().in(language), "second", second.label().in(language));
        }
        Figure larger = order >= 0 ? first : second;
        Figure smaller = larger == first ? second : first;
        if (smaller.atLeast() || order == 0) {
            return context.say(Reply.COMPARE_UNCERTAIN);
        }
        return context.say(Reply.COMPARE_MORE, "larger", larger.label().in(language), "smaller", smaller.label().in(language));
    }

    private static Draft dates(Milestone first, Milestone second, Part part, Context context) {
        Language language = context.language();
        Milestone earlier = first.from() <= second.from() ? first : second;
        Milestone later = earlier == first ? second : first;
        String conclusion = context.say(Reply.COMPARE_EARLIER, "first", capitalised(earlier.label().in(language)),
                "second", later.label().in(language));
        String body = Statements.of(earlier, language) + "\n\n" + Statements.of(later, language) + "\n\n" + conclusion;
        return draft(body, List.of(earlier.passage(), later.passage()), List.of(earlier.source(), later.source()), part, context);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static Draft draft(String body, List<String> passages, List<String> citations, Part part, Context context) {
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            String citation = citations.get(i);
            context.knowledge().passage(passages.get(i), context.language()).ifPresent(p -> sources.add(
                    Statements.source(p, citation, context.language(), context.knowledge())));
        }
        return new Draft(Route.COMPARISON, Outcome.ANSWERED, body, sources.stream().distinct().toList(), 1.0,
                Optional.empty(), Optional.empty(), Optional.of(part.searchText()), List.of());
    }
}
