package qc.alubot.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import qc.alubot.answer.CurrentKnowledge;
import qc.alubot.answer.TestEngine;
import qc.alubot.conversation.Outcome;
import qc.alubot.language.Language;
import qc.alubot.logbook.Logbook;
import qc.alubot.logbook.LogbookFixture;

class QuestionTrialTest {

    private final LogbookFixture fixture = LogbookFixture.inMemory();
    private final Logbook logbook = fixture.logbook();
    private QuestionTrial trial;

    @BeforeEach
    void engineTellingTheLogbook() {
        CurrentKnowledge knowledge = mock(CurrentKnowledge.class);
        given(knowledge.get()).willReturn(TestEngine.shared().snapshot());
        trial = new QuestionTrial(TestEngine.shared().serviceTelling(logbook), knowledge);
    }

    @Test
    void answers_as_an_investor_would_get_it_with_the_route_and_the_passage_that_answered() {
        Trial tried = trial.ask("How many smelters are there in Québec?", null);
        assertThat(tried.answer()).contains("eight aluminum smelters").contains("Sources:");
        assertThat(tried.route()).isEqualTo("figure");
        assertThat(tried.outcome()).isEqualTo(Outcome.ANSWERED);
        assertThat(tried.sources()).extracting(Trial.Source::id).contains("smelters-output");
        assertThat(tried.candidates().get(0).passageId()).isEqualTo("smelters-output");
        assertThat(tried.candidates().get(0).clears()).isTrue();
        assertThat(tried.version()).isEqualTo(TestEngine.shared().snapshot().version());
        assertThat(tried.understanding()).contains(new Trial.Line("trial.language", "en (written in en)"),
                new Trial.Line("trial.asks", "count"), new Trial.Line("trial.answered-by", "FigureStep"),
                new Trial.Line("trial.route", "figure, answered"));
        assertThat(tried.understanding()).anySatisfy(line -> assertThat(line.value()).contains("figures smelters"));
    }

    @Test
    void records_nothing_in_the_logbook() {
        trial.ask("How many smelters are there in Québec?", null);
        trial.ask("Quel temps fera-t-il demain ?", Language.FR);
        assertThat(logbook.waiting()).isZero();
        assertThat(logbook.flush()).isTrue();
        assertThat(fixture.conversations().routes()).isEmpty();
    }

    @Test
    void answers_in_the_language_asked_for() {
        assertThat(trial.ask("How many smelters are there in Québec?", Language.FR).answer()).contains("alumineries");
    }

    @Test
    void says_why_the_nearest_passages_fall_short_of_an_unanswerable_question() {
        assertThat(trial.nearest("What electricity rate do smelters pay in Saguenay?", Language.EN, 3))
                .hasSizeLessThanOrEqualTo(3).isNotEmpty()
                .allSatisfy(candidate -> {
                    assertThat(candidate.clears()).isFalse();
                    assertThat(candidate.fewWords() || candidate.farMeaning()).isTrue();
                });
    }
}
