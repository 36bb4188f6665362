package qc.alubot.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import qc.alubot.answer.AnswerService;
import qc.alubot.answer.TestEngine;
import qc.alubot.conversation.Answer;
import qc.alubot.conversation.Question;
import qc.alubot.conversation.Route;
import qc.alubot.knowledge.KnowledgeBase;
import qc.alubot.eval.EvalReport;
import qc.alubot.eval.EvalRunner;
import qc.alubot.eval.EvalSet;

/**
 * The development evaluation sets answered with an LLM in the loop. A lying model works an invented
 * fact into every reply: not one may reach an investor, and every answer must be exactly the
 * extractive one. An honest model quoting the passages is the control: the guard must let all
 * of it through, or it would be "safe" only by refusing everything.
 */
class LlmEvaluationTest {

    private static final KnowledgeBase KNOWLEDGE = TestEngine.shared().snapshot().knowledge();
    private static EvalSet set;
    private static List<Answer> extractive;
    private static EvalReport extractiveReport;

    @BeforeAll
    static void answerWithoutLlm() throws Exception {
        // the structured steps answer most questions word for word; enough of the rest reach retrieval, and so
        // the model, only across several sets (never the held-out one)
        List<qc.alubot.eval.EvalCase> cases = new ArrayList<>();
        for (String name : List.of("questions", "investor-dev", "investor-dev2")) {
            cases.addAll(EvalSet.read(Path.of("eval/" + name + ".yaml")).cases());
        }
        set = new EvalSet(Path.of("eval"), "development", 0, 0, 0, cases);
        extractive = new ArrayList<>();
        extractiveReport = new EvalRunner(recording(TestEngine.shared().service()::answer, extractive), KNOWLEDGE).run(set);
    }

    private static Function<Question, Answer> recording(Function<Question, Answer> bot, List<Answer> answers) {
        return question -> {
            Answer answer = bot.apply(question);
            answers.add(answer);
            return answer;
        };
    }

    private static LlmHarness harness(Lies lies) {
        return new LlmHarness(LlmHarness.properties("http://stub.invalid/v1", LlmHarness.TIMEOUT),
                StubChatModels.answering(lies::answer));
    }

    /** A retrieval answer of one part; a compound answer ("parts: retrieval, retrieval") is assembled from extractive parts. */
    private static boolean wordedByTheModel(Answer answer) {
        return answer.route() == Route.RETRIEVAL && !answer.note().startsWith("parts:");
    }

    @Test
    void no_invented_fact_from_a_lying_model_reaches_any_answer() {
        Lies lies = new Lies();
        List<Answer> answers = new ArrayList<>();
        List<List<Lies.Lie>> liesPerAnswer = new ArrayList<>();
        try (LlmHarness llm = harness(lies)) {
            AnswerService service = llm.service();
            EvalReport report = new EvalRunner(question -> {
                int before = lies.told.size();
                Answer answer = recording(service::answer, answers).apply(question);
                liesPerAnswer.add(List.copyOf(lies.told.subList(before, lies.told.size())));
                return answer;
            }, KNOWLEDGE).run(set);

            assertThat(answers).hasSameSizeAs(extractive);
            for (int i = 0; i < answers.size(); i++) {
                Answer answer = answers.get(i);
                for (Lies.Lie lie : liesPerAnswer.get(i)) {
                    assertThat(answer.text()).as("%s lie reached the answer", lie.kind()).doesNotContain(lie.invented());
                }
                assertThat(answer.body()).as("answer %d: %s", i, answer.note()).isEqualTo(extractive.get(i).body());
                if (wordedByTheModel(answer)) {
                    assertThat(answer.note()).contains("refused by the grounding guard");
                }
            }
            Map<Lies.Kind, Long> kinds = lies.told.stream().collect(Collectors.groupingBy(Lies.Lie::kind, Collectors.counting()));
            System.out.printf("Lying model: %d answers, %d lies told, %d refused by the guard, none sent. Lies by kind: %s%n",
                    answers.size(), lies.told.size(), answers.stream().filter(a -> a.note().contains("refused")).count(), kinds);
            assertThat(kinds).as("every kind of lie was told several times").hasSize(Lies.Kind.values().length)
                    .allSatisfy((kind, count) -> assertThat(count).as(kind.name()).isGreaterThanOrEqualTo(3));
            assertThat(report.passRate()).isEqualTo(extractiveReport.passRate());
        }
    }

    @Test
    void an_honest_model_quoting_the_passages_is_used_for_every_retrieval_answer() {
        try (LlmHarness llm = new LlmHarness(LlmHarness.properties("http://stub.invalid/v1", LlmHarness.TIMEOUT),
                StubChatModels.echo())) {
            List<Answer> answers = new ArrayList<>();
            EvalReport report = new EvalRunner(recording(llm.service()::answer, answers), KNOWLEDGE).run(set);
            List<Answer> retrieval = answers.stream().filter(LlmEvaluationTest::wordedByTheModel).toList();
            System.out.printf("Honest model: %d answers, %d from retrieval, %d of them worded by the model%n", answers.size(),
                    retrieval.size(), retrieval.stream().filter(a -> a.note().contains("passed the grounding guard")).count());
            assertThat(retrieval).hasSizeGreaterThan(50);
            assertThat(retrieval).allSatisfy(answer -> assertThat(answer.note()).as(answer.body())
                    .contains("passed the grounding guard"));
            assertThat(report.passRate()).as(report.format()).isGreaterThanOrEqualTo(extractiveReport.passRate());
        }
    }
}
