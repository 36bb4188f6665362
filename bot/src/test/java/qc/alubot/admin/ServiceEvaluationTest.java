package qc.alubot.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.alubot.answer.CurrentKnowledge;
import qc.alubot.answer.TestEngine;

class ServiceEvaluationTest {

    @TempDir
    Path folder;
    private CurrentKnowledge knowledge;

    @BeforeEach
    void knowledgeInService() {
        knowledge = mock(CurrentKnowledge.class);
        given(knowledge.get()).willReturn(TestEngine.shared().snapshot());
    }

    private ServiceEvaluation evaluation(Path in) {
        return new ServiceEvaluation(TestEngine.shared().service(), knowledge, in, TestEngine.CLOCK);
    }

    @Test
    void evaluates_every_file_of_the_folder_per_category() throws IOException {
        Files.writeString(folder.resolve("questions.yaml"), """
                cases:
                  - id: smelters
                    category: figures
                    lang: en
                    turns:
                      - ask: How many smelters are there in Québec?
                        expect: {all: ["eight"], outcome: answered}
                """);
        Files.writeString(folder.resolve("more.yaml"), """
                cases:
                  - id: weather
                    category: out-of-scope
                    lang: en
                    turns:
                      - ask: What will the weather be tomorrow?
                        expect: {outcome: answered}
                """);
        ServiceEvaluation.Status status = evaluation(folder).evaluate();
        assertThat(status.state()).isEqualTo(ServiceEvaluation.State.DONE);
        assertThat(status.version()).isEqualTo(TestEngine.shared().snapshot().version());
        assertThat(KnowledgePage.categories(status.report())).containsExactly(
                new KnowledgePage.CategoryResult("figures", 1, 1), new KnowledgePage.CategoryResult("out-of-scope", 0, 1));
        assertThat(evaluation(folder).status().state()).as("another version's result is not shown")
                .isEqualTo(ServiceEvaluation.State.RUNNING);
    }

    @Test
    void says_when_there_is_no_evaluation_set() {
        ServiceEvaluation missing = evaluation(folder.resolve("absent"));
        assertThat(missing.evaluate().state()).isEqualTo(ServiceEvaluation.State.MISSING);
        assertThat(missing.status().state()).isEqualTo(ServiceEvaluation.State.MISSING);
    }

    @Test
    void reports_a_broken_evaluation_file_instead_of_failing() throws IOException {
        Files.writeString(folder.resolve("questions.yaml"), "cases: [ {id: x} ]");
        ServiceEvaluation.Status status = evaluation(folder).evaluate();
        assertThat(status.state()).isEqualTo(ServiceEvaluation.State.FAILED);
        assertThat(status.error()).contains("questions.yaml");
    }
}
