package qc.alubot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * figures.yaml and timeline.yaml: a figure or a year is only ever answered word for word when its
 * statement and its passage, in both languages, say it; every other mistake is reported with its
 * file and line. Line numbers refer to the texts below, added to {@link MiniKnowledge}.
 */
class FactsValidationTest {

    private static final String FIGURES = """
            figures:
              - id: recyclers
                kind: count
                value: 132
                label: {en: recyclers, fr: recycleurs}
                statement:
                  en: Québec has 132 aluminum recyclers.
                  fr: Le Québec compte 132 recycleurs d'aluminium.
                names:
                  en: [recyclers, recycling companies]
                  fr: [recycleurs]
                passage: recyclers
                source: 000_41cfa38f798cc68c.txt § Service offer
            """;
    private static final String TIMELINE = """
            names:
              en: [history]
              fr: [historique]
            milestones:
              - id: recyclers-counted
                years: 1984-92
                label: {en: the count, fr: le décompte}
                statement:
                  en: In 1984, Québec had 132 aluminum recyclers.
                  fr: En 1984, le Québec comptait 132 recycleurs d'aluminium.
                subjects:
                  en: [recyclers]
                  fr: [recycleurs]
                passage: recyclers
                source: 000_41cfa38f798cc68c.txt § Service offer
            """;

    private static MiniKnowledge knowledge() {
        return new MiniKnowledge().put("figures.yaml", FIGURES).put("timeline.yaml", TIMELINE)
                .edit("passages/en/recyclers.md", "Québec has 132 aluminum recyclers.", "In 1984, Québec had 132 aluminum recyclers.")
                .edit("passages/fr/recyclers.md", "Le Québec compte 132 recycleurs d'aluminium.",
                        "En 1984, le Québec comptait 132 recycleurs d'aluminium.");
    }

    private static void assertError(MiniKnowledge knowledge, String expected) {
        LoadResult result = knowledge.load();
        assertThat(result.knowledge()).as("a knowledge base with errors is refused").isEmpty();
        assertThat(result.errors()).extracting(Problem::toString).contains(expected);
    }

    @Test
    void reads_figures_and_milestones_with_their_names_in_both_languages() {
        LoadResult result = knowledge().load();
        assertThat(result.problems()).isEmpty();
        KnowledgeBase base = result.knowledge().orElseThrow();
        assertThat(base.figures()).singleElement().satisfies(figure -> {
            assertThat(figure.kind()).isEqualTo(Figure.Kind.COUNT);
            assertThat(figure.value()).isEqualByComparingTo(BigDecimal.valueOf(132));
            assertThat(figure.namesIn(qc.alubot.language.Language.FR)).containsExactly("recycleurs");
        });
        assertThat(base.milestones()).singleElement().satisfies(milestone -> {
            assertThat(milestone.from()).isEqualTo(1984);
            assertThat(milestone.to()).isEqualTo(1992);
            assertThat(milestone.covers(1990)).isTrue();
        });
        assertThat(base.timelineNames(qc.alubot.language.Language.EN)).containsExactly("history");
    }

    @Test
    void a_knowledge_base_without_figures_or_timeline_still_loads() {
        assertThat(new MiniKnowledge().load().knowledge()).isPresent();
    }

    @Nested
    class Figures {

        @Test
        void refuses_a_statement_without_the_value() {
            assertError(knowledge().edit("figures.yaml", "fr: Le Québec compte 132 recycleurs", "fr: Le Québec compte 123 recycleurs"),
                    "knowledge/figures.yaml:6: the French statement of figure 'recyclers' does not contain its value (132): "
                            + "write the figure in it exactly");
        }

        @Test
        void refuses_a_value_its_passage_does_not_give() {
            assertError(knowledge().edit("figures.yaml", "value: 132", "value: 133")
                            .edit("figures.yaml", "en: Québec has 132", "en: Québec has 133")
                            .edit("figures.yaml", "fr: Le Québec compte 132", "fr: Le Québec compte 133"),
                    "knowledge/figures.yaml:4: the value 133 of figure 'recyclers' is not in the English passage 'recyclers': "
                            + "a figure must be the one its passage gives");
        }

        @Test
        void accepts_a_number_written_as_a_word_and_a_factor_written_as_double() {
            MiniKnowledge words = knowledge().edit("figures.yaml", "value: 132", "value: 2")
                    .edit("figures.yaml", "kind: count", "kind: goal")
                    .edit("figures.yaml", "en: Québec has 132 aluminum recyclers.", "en: Québec aims to double recycling.")
                    .edit("figures.yaml", "fr: Le Québec compte 132 recycleurs d'aluminium.", "fr: Le Québec vise à doubler le recyclage.")
                    .edit("passages/en/recyclers.md", "132 aluminum recyclers.", "132 aluminum recyclers, and aims to double them.")
                    .edit("passages/fr/recyclers.md", "132 recycleurs d'aluminium.", "132 recycleurs d'aluminium et vise à les doubler.");
            assertThat(words.load().problems()).isEmpty();
        }

        @Test
        void refuses_an_unknown_kind_and_names_the_kinds() {
            assertError(knowledge().edit("figures.yaml", "kind: count", "kind: tally"),
                    "knowledge/figures.yaml:3: kind must be one of count, amount, share, goal, period, frequency, not 'tally'");
        }

        @Test
        void refuses_a_figure_without_names_in_one_language() {
            assertError(knowledge().edit("figures.yaml", "      fr: [recycleurs]\n", ""),
                    "knowledge/figures.yaml:9: figure 'recyclers' needs names in 'fr': the words investors use for its "
                            + "subject, like [smelters, smelting plants]");
        }

        @Test
        void refuses_a_passage_that_does_not_exist() {
            assertError(knowledge().edit("figures.yaml", "passage: recyclers", "passage: recycling"),
                    "knowledge/figures.yaml:12: passage 'recycling' does not exist");
        }

        @Test
        void refuses_a_value_that_is_not_one_number() {
            assertError(knowledge().edit("figures.yaml", "value: 132", "value: about 130 or 140"),
                    "knowledge/figures.yaml:4: value should be one number, like 8, 1,400, 2.9 million or 60%, not 'about 130 or 140'");
        }
    }

    @Nested
    class Timeline {

        @Test
        void refuses_a_statement_without_the_year() {
            assertError(knowledge().edit("timeline.yaml", "en: In 1984, Québec", "en: Back then, Québec"),
                    "knowledge/timeline.yaml:8: the English statement of milestone 'recyclers-counted' does not contain its year 1984");
        }

        @Test
        void refuses_a_span_that_ends_before_it_starts() {
            assertError(knowledge().edit("timeline.yaml", "years: 1984-92", "years: 1984-1980"),
                    "knowledge/timeline.yaml:6: the span 1984-1980 ends before it starts");
        }

        @Test
        void refuses_years_written_otherwise() {
            assertError(knowledge().edit("timeline.yaml", "years: 1984-92", "years: mid-eighties"),
                    "knowledge/timeline.yaml:6: years should be a year or a span, like 1993 or 1984-1992, not 'mid-eighties'");
        }

        @Test
        void refuses_a_source_not_listed() {
            assertError(knowledge().edit("timeline.yaml", "source: 000_41cfa38f798cc68c.txt", "source: 999.txt"),
                    "knowledge/timeline.yaml:15: source '999.txt' is not listed in sources.yaml (write the seed file name, "
                            + "then ' § ', then the section)");
        }
    }
}
