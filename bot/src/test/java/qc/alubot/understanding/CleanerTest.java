package qc.alubot.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CleanerTest {

    @Test
    void keeps_a_quote_the_question_points_at() {
        assertThat(Cleaner.clean("> « Le Québec assure l'essentiel de la production nord-américaine. »\n\n"
                + "Pourriez-vous chiffrer exactement cette part ?")).contains("production nord-américaine");
    }

    @Test
    void takes_away_how_the_answer_should_be_put() {
        assertThat(Cleaner.clean("In one line, what does AVS want the Valley to be recognized as?"))
                .isEqualTo("what does AVS want the Valley to be recognized as?");
        assertThat(Cleaner.clean("C'est quoi AluQuébec, en bref ?")).isEqualTo("C'est quoi AluQuébec?");
        assertThat(Cleaner.clean("Short answer please: how many smelters?")).isEqualTo("Short answer please: how many smelters?");
    }

    @Test
    void takes_away_a_label_put_before_the_question() {
        assertThat(Cleaner.clean("**Open question:** which organisation coordinates the processors?"))
                .isEqualTo("which organisation coordinates the processors?");
        assertThat(Cleaner.clean("Petite question : combien d'alumineries ?")).isEqualTo("combien d'alumineries ?");
        assertThat(Cleaner.clean("Q3 research notes: Québec aluminum")).isEqualTo("Q3 research notes: Québec aluminum");
    }

    @Test
    void takes_away_html_tags_and_entities() {
        assertThat(Cleaner.clean("<p>How many <b>smelters</b>&nbsp;are there?</p>")).isEqualTo("How many smelters are there?");
    }

    @Test
    void takes_away_markdown_marks_and_keeps_link_text() {
        assertThat(Cleaner.clean("**Q:** combien de [recycleurs](https://example.com) ?")).isEqualTo("combien de recycleurs ?");
        assertThat(Cleaner.clean("> forwarded:\n> - how many smelters?")).isEqualTo("forwarded:\nhow many smelters?");
    }

    @Test
    void reads_each_open_box_or_blank_of_a_pasted_form_as_a_question() {
        assertThat(Cleaner.clean("Checklist:\n- [x] Agency: AVS\n- [ ] Year the agency was launched\nCan you tick the open boxes?"))
                .isEqualTo("Checklist:\nAgency: AVS.\nYear the agency was launched ?");
        assertThat(Cleaner.clean("C.1 Name of the SME network: ______\nC.2 Year it was formed: ____"))
                .isEqualTo("C.1 Name of the SME network ?\nC.2 Year it was formed ?");
    }

    @Test
    void drops_a_heading_above_the_question() {
        assertThat(Cleaner.clean("### Stratégie\nLe texte complet est-il en anglais ?")).isEqualTo("Le texte complet est-il en anglais ?");
        assertThat(Cleaner.clean("## Recyclers")).isEqualTo("Recyclers");
    }

    @Test
    void takes_away_emoji_and_direction_marks_and_extra_spaces() {
        assertThat(Cleaner.clean("🚀🚀  Québec's   output? \u200F🤔")).isEqualTo("Québec's output?");
    }

    @Test
    void keeps_a_less_than_sign_that_opens_no_tag() {
        assertThat(Cleaner.clean("Is it < 10 or > 5?")).isEqualTo("Is it < 10 or > 5?");
    }

    @Test
    void is_linear_on_a_text_of_unclosed_tags() {
        assertThat(Cleaner.clean("<a".repeat(20_000))).startsWith("<a");
    }

    @Test
    void drops_quoted_lines_of_a_thread_when_the_message_asks_its_own_question() {
        assertThat(Cleaner.clean("> > Are we still on for the visit?\n> Yes, Tuesday.\nWhat will the price be on Tuesday?"))
                .isEqualTo("What will the price be on Tuesday?");
    }

    @Test
    void keeps_the_quote_when_the_message_asks_to_answer_it() {
        assertThat(Cleaner.clean("Can you answer Jane's question below?\n> Who chairs the board?"))
                .contains("Who chairs the board?");
        assertThat(Cleaner.clean("> Who chairs the board?")).contains("Who chairs the board?");
    }
}
