package qc.alubot.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuestionBudgetTest {

    @Test
    void leaves_a_question_that_fits_as_it_is() {
        String question = "Good afternoon. I build production lines and I'd like to know how many companies in Québec "
                + "make equipment for the aluminum industry?";
        assertThat(QuestionBudget.cut(question)).isSameAs(question);
    }

    @Test
    void reads_a_long_text_down_to_its_last_question_and_the_sentences_just_before_it_that_fit() {
        String context = "I run a foundry in Ohio and we are looking at options. ".repeat(30);
        String text = context + "Québec has five smelters. How many do they produce? Thanks in advance, and kind regards.";
        String cut = QuestionBudget.cut(text);
        assertThat(cut).hasSizeLessThanOrEqualTo(QuestionBudget.MAX_CHARS).startsWith("… I run a foundry")
                .endsWith("Québec has five smelters. How many do they produce?");
    }

    @Test
    void keeps_the_last_sentences_of_a_long_text_that_asks_nothing() {
        String text = "We make extrusion dies. ".repeat(40) + "Please send me the list of recyclers.";
        assertThat(QuestionBudget.cut(text)).hasSizeLessThanOrEqualTo(QuestionBudget.MAX_CHARS)
                .startsWith("… We make extrusion dies.").endsWith("Please send me the list of recyclers.");
    }

    @Test
    void cuts_one_endless_sentence_to_the_budget_at_a_space() {
        String text = "aluminium smelter ".repeat(500);
        String cut = QuestionBudget.cut(text);
        assertThat(cut).hasSizeLessThanOrEqualTo(QuestionBudget.MAX_CHARS).startsWith("… aluminium smelter")
                .matches(".*(aluminium|smelter)");
    }

    @Test
    void never_splits_a_character_outside_the_basic_plane() {
        String cut = QuestionBudget.cut("😀".repeat(3_000));
        assertThat(cut.length()).isLessThanOrEqualTo(QuestionBudget.MAX_CHARS);
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 1))).isFalse();
        assertThat(cut.codePoints().filter(c -> c == 0x1F600).count() * 2 + QuestionBudget.CUT_MARK.length()).isEqualTo(cut.length());
    }

    @Test
    void keeps_the_budget_for_a_text_of_nothing_but_terminators_or_spaces() {
        assertThat(QuestionBudget.cut("?".repeat(5_000))).hasSizeLessThanOrEqualTo(QuestionBudget.MAX_CHARS);
        assertThat(QuestionBudget.cut(" ".repeat(5_000) + "x")).isEqualTo("… x");
    }
}
