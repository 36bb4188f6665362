package qc.alubot.answer;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import qc.alubot.conversation.Draft;
import qc.alubot.conversation.Outcome;
import qc.alubot.conversation.Route;
import qc.alubot.knowledge.Figure;
import qc.alubot.knowledge.Passage;
import qc.alubot.language.Numbers;
import qc.alubot.understanding.Asked;
import qc.alubot.understanding.Mention;
import qc.alubot.understanding.Named;
import qc.alubot.understanding.Part;

/**
 * "Map the value chain segment by segment, with a count for each", "walk me down the funnel:
 * smelters, then the processors, then the manufacturers buying": every count at once, from the
 * passage that gives the most of them (the service offer), word for word. Which passage that is
 * the knowledge decides: the one whose text holds the values of the most counted figures, the
 * one tagged {@code overview} among equals.
 */
final class OverviewStep implements Step {

    /** How many counted subjects a question names, or a passage gives, to be an overview. */
    static final int MOST = 3;
    /** Among passages giving as many counts, the one its maintainers tagged as the overview. */
    static final String OVERVIEW_TAG = "overview";

    @Override
    public Optional<Draft> answer(Part part, Context context) {
        if (part.asks(Asked.COMPARE) || part.named().scope() == Named.Scope.OUT || !asksEveryCount(part)) {
            return Optional.empty();
        }
        return overview(context).filter(passage -> part.asks(Asked.EVERY) || givesEveryOneNamed(passage, part))
                .map(passage -> draft(passage, part, context));
    }

    /**
     * "Combien de travailleurs les alumineries emploient-elles, sans compter les transformateurs ?"
     * names three counts, but asks one the overview does not give: it is no overview question.
     */
    private static boolean givesEveryOneNamed(Passage passage, Part part) {
        List<Numbers.Figure> values = Numbers.in(passage.body(), passage.language());
        return Stream.concat(part.named().figures().stream(), part.named().figureCues().stream()).map(Mention::value)
                .allMatch(f -> values.stream().anyMatch(n -> n.value().compareTo(f.value()) == 0));
    }

    /** Three counted subjects named at once, or each segment asked for with its count or size. */
    private static boolean asksEveryCount(Part part) {
        Named named = part.named();
        long counted = named.figures().stream().map(Mention::value).filter(f -> f.kind() == Figure.Kind.COUNT)
                .distinct().count();
        // "does the policy cover every link from smelting to end products?" asks about the policy, not counts
        return counted >= MOST || part.asks(Asked.EVERY) && part.asksAny(Asked.COUNT, Asked.SIZE)
                || counted >= 2 && part.asks(Asked.COUNT) && part.analyzed().hasAnyPhrase(BOTH);
    }

    /** "I want processors per smelter. Give me the two raw counts.": each of the subjects named before. */
    private static final List<String> BOTH = List.of("both", "the two", "two counts", "two figures", "two numbers",
            "each of them", "respectively", "les deux", "deux chiffres", "deux nombres", "chacun", "chacune",
            "respectivement", "l un et l autre");

    /** The passage that gives the values of the most counted figures (at least {@link #MOST}), in the answer's language. */
    static Optional<Passage> overview(Context context) {
        List<Figure> counts = context.knowledge().figures().stream().filter(f -> f.kind() == Figure.Kind.COUNT).toList();
        return context.knowledge().passages().stream() // both languages: the tag may be in either one's version
                .map(p -> new Scored(p, given(p, counts)))
                .filter(s -> s.given() >= MOST)
                .max(Comparator.comparingLong(Scored::given).thenComparing(s -> s.passage().tags().contains(OVERVIEW_TAG)))
                .flatMap(s -> context.knowledge().passage(s.passage().id(), context.language()));
    }

    private record Scored(Passage passage, long given) {
    }

    private static long given(Passage passage, List<Figure> counts) {
        List<Numbers.Figure> values = Numbers.in(passage.body(), passage.language());
        return counts.stream().map(Figure::value).distinct()
                .filter(v -> values.stream().anyMatch(n -> n.value().compareTo(v) == 0)).count();
    }

    private static Draft draft(Passage passage, Part part, Context context) {
        return new Draft(Route.FIGURE, Outcome.ANSWERED, passage.body().strip(),
                List.of(Statements.source(passage, passage.source(), context.language(), context.knowledge())),
                1.0, Optional.empty(), Optional.of(passage.id()), Optional.of(part.searchText()),
                ExtractiveComposer.related(passage, context.language(), context.knowledge()));
    }
}
