package qc.alubot.logbook;

import static org.assertj.core.api.Assertions.assertThat;
import static qc.alubot.logbook.ExchangeBuilder.exchange;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import qc.alubot.conversation.Outcome;
import qc.alubot.language.Language;

class QuestionGroupsTest {

    private static AskedQuestion asked(String question, int minutesAgo) {
        return asked(question, minutesAgo, Language.EN, 1);
    }

    private static AskedQuestion asked(String question, int minutesAgo, Language language, long times) {
        Exchange newest = exchange().id(question).question(question).language(language).unanswered(Outcome.NO_ANSWER)
                .ago(Duration.ofMinutes(minutesAgo)).build();
        return new AskedQuestion(question.toLowerCase(), newest, times, newest.askedAt(), null);
    }

    @Test
    void puts_the_same_question_in_other_words_together_most_asked_first() {
        List<QuestionGroups.Group> groups = new QuestionGroups().of(List.of(
                asked("What tax credits are there for new plants?", 1),
                asked("How many employees work in the smelters?", 2),
                asked("smelter employees?", 3),
                asked("Number of employees at the smelters", 4)));
        assertThat(groups).extracting(QuestionGroups.Group::count).containsExactly(3L, 1L);
        assertThat(groups.get(0).questions()).extracting(q -> q.newest().question()).containsExactly(
                "How many employees work in the smelters?", "smelter employees?", "Number of employees at the smelters");
        assertThat(groups.get(1).newest().newest().question()).isEqualTo("What tax credits are there for new plants?");
    }

    @Test
    void counts_the_repetitions_merged_into_each_question() {
        List<QuestionGroups.Group> groups = new QuestionGroups().of(List.of(
                asked("What tax credits are there for new plants?", 1, Language.EN, 2),
                asked("smelter employees?", 2, Language.EN, 5)));
        assertThat(groups).extracting(QuestionGroups.Group::count).containsExactly(5L, 2L);
        assertThat(groups.get(0).keys()).containsExactly("smelter employees?");
    }

    @Test
    void keeps_questions_about_different_things_apart_even_with_a_word_in_common() {
        List<QuestionGroups.Group> groups = new QuestionGroups().of(List.of(
                asked("How many employees work in the smelters?", 1),
                asked("What is the electricity price for smelters?", 2)));
        assertThat(groups).hasSize(2);
    }

    @Test
    void groups_french_questions_by_their_stems() {
        List<QuestionGroups.Group> groups = new QuestionGroups().of(List.of(
                asked("Quels crédits d'impôt pour une nouvelle usine ?", 1, Language.FR, 1),
                asked("crédit d’impôt usines", 2, Language.FR, 1)));
        assertThat(groups).singleElement().extracting(QuestionGroups.Group::count).isEqualTo(2L);
    }

    @Test
    void puts_questions_without_a_word_together() {
        assertThat(new QuestionGroups().of(List.of(asked("???", 1), asked("!!", 2)))).hasSize(1);
    }

    @Test
    void joins_the_group_it_shares_most_with_and_of_two_equally_close_the_newer() {
        List<QuestionGroups.Group> groups = new QuestionGroups().of(List.of(
                asked("aluminium smelters", 1),
                asked("electricity smelters", 2),
                asked("smelters", 3), // half of its terms in common with either: the newer group
                asked("electricity smelters price", 4))); // two thirds with the second, a quarter with the first
        assertThat(groups).extracting(g -> g.questions().stream().map(q -> q.newest().question()).toList()).containsExactly(
                List.of("aluminium smelters", "smelters"), List.of("electricity smelters", "electricity smelters price"));
    }
}
