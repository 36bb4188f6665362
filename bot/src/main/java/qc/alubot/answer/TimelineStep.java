package qc.alubot.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import qc.alubot.conversation.Draft;
import qc.alubot.conversation.Outcome;
import qc.alubot.conversation.Route;
import qc.alubot.conversation.Source;
import qc.alubot.knowledge.Milestone;
import qc.alubot.knowledge.Passage;
import qc.alubot.knowledge.Reply;
import qc.alubot.language.Texts;
import qc.alubot.understanding.Asked;
import qc.alubot.understanding.Mention;
import qc.alubot.understanding.Named;
import qc.alubot.understanding.Part;
import qc.alubot.understanding.Premise;

/**
 * "When was the CQRDA founded?", "What happened in 2005?", "AVS was founded in 1999, wasn't
 * it?", "Give me the history of Aluminium Valley": answered from {@code timeline.yaml}, word for
 * word. A year with no milestone is said to have none, with the years that do.
 */
final class TimelineStep implements Step {

    @Override
    public Optional<Draft> answer(Part part, Context context) {
        Named named = part.named();
        List<Milestone> milestones = milestones(part);
        // "ça date-tu d'avant la guerre ?": one milestone held against a time, which its date answers
        boolean datedAgainst = part.asks(Asked.COMPARE) && milestones.size() == 1 && !part.asksForAValue();
        if (part.asks(Asked.COMPARE) && !datedAgainst || !named.figures().isEmpty() && part.asksForAValue()) {
            return Optional.empty();
        }
        if (named.scope() == Named.Scope.OUT && !part.asks(Asked.WHEN)) {
            return Optional.empty(); // "Speaking as her, confirm that AVS guarantees us a grant": not what happened to AVS
        }
        Optional<Premise> premise = part.premises().stream().filter(p -> p.milestone().isPresent()).findFirst();
        if (premise.isPresent() && FigureStep.isYesNo(part)) {
            context.trace().settled(premise.get());
            Milestone milestone = premise.get().milestone().get();
            return Optional.of(draft(List.of(milestone), Statements.answering(premise.get(),
                    Statements.of(milestone, context.language()), context), part, context));
        }
        // "Which entity holds the mandate given after the 2015 summit?": the milestone names the organisation
        boolean asksWhatHappened = part.asked().stream().allMatch(a -> a == Asked.EXPLAIN || a == Asked.LIST
                || a == Asked.WHEN || a == Asked.INSTRUCTION || a == Asked.ORGANISATION && !milestones.isEmpty());
        boolean aboutSomeone = !named.people().isEmpty() || !named.roleHolders().isEmpty();
        boolean otherSubject = !named.companies().isEmpty() && milestones.isEmpty() || aboutSomeone
                || !named.figures().isEmpty();
        // "Since what year has Malika Cherry been General Director of AVS?" asks a date of the person, not of AVS
        boolean dateOfSomeone = aboutSomeone && (milestones.isEmpty() || !eventNamed(part, milestones.get(0)));
        if (!milestones.isEmpty() && ((part.asks(Asked.WHEN) || datedAgainst) && !dateOfSomeone
                || asksWhatHappened && eventNamed(part, milestones.get(0)) && !aboutSomeone)) {
            return Optional.of(draft(milestones.subList(0, 1), null, part, context));
        }
        if (!named.years().isEmpty() && asksWhatHappened && !otherSubject) {
            return inYears(named.years(), milestones, part, context);
        }
        if (named.timeline() && asksWhatHappened && named.people().isEmpty()) {
            return Optional.of(asksTheBeginning(part) ? draft(earliest(context), null, part, context) : whole(part, context));
        }
        return Optional.empty();
    }

    /**
     * After retrieval found nothing: a question that names a milestone's subject, asks what
     * happened or why and is about no one ("What was the historical catalyst for the region's
     * push to diversify?") gets the milestone, rather than "I don't have that".
     */
    static final class LastResort implements Step {

        @Override
        public Optional<Draft> answer(Part part, Context context) {
            Named named = part.named();
            List<Milestone> milestones = milestones(part);
            boolean asksWhatHappened = part.asked().stream().allMatch(a -> a == Asked.EXPLAIN || a == Asked.LIST);
            if (milestones.isEmpty() || !asksWhatHappened || named.scope() == Named.Scope.OUT || !named.details().isEmpty()
                    || !named.people().isEmpty() || !named.roleHolders().isEmpty() || !named.companies().isEmpty()
                    || !named.figures().isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(draft(milestones, null, part, context).withNote("the milestone named, as nothing else answered"));
        }
    }

    /** The milestones the part names, best first: its subject, what happened, the year it gives. */
    static List<Milestone> milestones(Part part) {
        Named named = part.named();
        List<Mention<Milestone>> subjects = named.milestones();
        if (subjects.isEmpty()) {
            return List.of();
        }
        return subjects.stream()
                .sorted(Comparator.comparingInt((Mention<Milestone> m) -> -score(m, named)))
                .map(Mention::value)
                .distinct()
                .limit(1)
                .toList();
    }

    /** "Why did the region diversify?": the event itself is named, not only the organisation it is about. */
    private static boolean eventNamed(Part part, Milestone milestone) {
        return part.named().events().stream().anyMatch(e -> e.value().equals(milestone));
    }

    private static int score(Mention<Milestone> subject, Named named) {
        Milestone milestone = subject.value();
        boolean event = named.events().stream().anyMatch(e -> e.value().equals(milestone));
        boolean year = named.years().stream().anyMatch(y -> y.overlaps(milestone.from(), milestone.to()));
        return subject.length() * 2 + (event ? 3 : 0) + (year ? 4 : 0);
    }

    /** "What happened in 2005?": every milestone of that year, or none and the years that have one. */
    private static Optional<Draft> inYears(List<Named.Years> years, List<Milestone> named, Part part, Context context) {
        List<Milestone> covering = context.knowledge().milestones().stream()
                .filter(m -> years.stream().anyMatch(y -> y.overlaps(m.from(), m.to())))
                .sorted(Comparator.comparing((Milestone m) -> !named.contains(m)))
                .toList();
        if (!covering.isEmpty()) {
            return Optional.of(draft(covering, null, part, context));
        }
        if (part.named().scope() == Named.Scope.OUT) {
            return Optional.empty(); // "the price of aluminum in 2026": a forecast, declined, not a gap in the timeline
        }
        String allYears = context.knowledge().milestones().stream().map(TimelineStep::span).collect(Collectors.joining(", "));
        Named.Years asked = years.get(0);
        String year = asked.to() > asked.from() ? asked.from() + "-" + asked.to() : String.valueOf(asked.from());
        return Optional.of(Fallbacks.noAnswer(context.say(Reply.NO_MILESTONE, "year", year, "years", allYears), part,
                context, 1.0));
    }

    /** Words asking where the story starts: "what event does the story start with?", "au tout début". */
    private static final Set<String> BEGINNING = Set.of("start", "starts", "started", "begin", "begins", "began", "beginning",
            "origin", "origins", "earliest", "debut", "commence", "commencee", "origine", "origines");

    private static boolean asksTheBeginning(Part part) {
        return Texts.words(part.searchText()).stream().anyMatch(BEGINNING::contains); // "…start with, and in what year?"
    }

    private static List<Milestone> earliest(Context context) {
        return context.knowledge().milestones().stream().min(Comparator.comparingInt(Milestone::from)).stream().toList();
    }

    private static Draft whole(Part part, Context context) {
        List<String> lines = new ArrayList<>();
        for (Milestone milestone : context.knowledge().milestones()) {
            lines.add("• " + span(milestone) + " — " + Statements.of(milestone, context.language()));
        }
        Draft draft = draft(context.knowledge().milestones(), null, part, context);
        // one paragraph: an answer among others keeps its first paragraph, which must hold the list
        return draft.withBody(context.say(Reply.TIMELINE_INTRO) + "\n" + String.join("\n", lines));
    }

    static String span(Milestone milestone) {
        return milestone.from() == milestone.to() ? String.valueOf(milestone.from()) : milestone.from() + "-" + milestone.to();
    }

    /** The milestones' statements (the first may be replaced by {@code lead}), the first one's passage as context. */
    private static Draft draft(List<Milestone> milestones, String lead, Part part, Context context) {
        List<String> paragraphs = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        for (Milestone milestone : milestones) {
            String statement = Statements.of(milestone, context.language());
            paragraphs.add(paragraphs.isEmpty() && lead != null ? lead : statement);
            context.knowledge().passage(milestone.passage(), context.language()).ifPresent(passage ->
                    sources.add(Statements.source(passage, milestone.source(), context.language(), context.knowledge())));
        }
        Milestone first = milestones.get(0);
        Optional<Passage> passage = context.knowledge().passage(first.passage(), context.language());
        if (milestones.size() == 1) {
            passage.flatMap(p -> Statements.context(Statements.of(first, context.language()), p)).ifPresent(paragraphs::add);
        }
        return new Draft(Route.TIMELINE, Outcome.ANSWERED, String.join("\n\n", paragraphs), sources, 1.0, Optional.empty(),
                passage.map(Passage::id), Optional.of(part.searchText()),
                passage.map(p -> ExtractiveComposer.related(p, context.language(), context.knowledge())).orElse(List.of()));
    }
}
