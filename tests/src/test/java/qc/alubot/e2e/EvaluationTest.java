package qc.alubot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import qc.alubot.answer.TestEngine;
import qc.alubot.eval.EvalReport;
import qc.alubot.eval.EvalRunner;
import qc.alubot.eval.EvalSet;

/**
 * The evaluation sets of tests/eval against the project's real knowledge/ and prompts/ (the code
 * tests run on a frozen fixture): each set clears its own bars, overall, per category and for
 * out-of-scope questions declined, and no answer states a figure, name, e-mail or address the
 * knowledge does not give. Each report is printed whatever the result; a held-out set's failures
 * are not, so that no one tunes on them.
 */
class EvaluationTest {

    private static TestEngine engine;

    @BeforeAll
    static void start() {
        engine = TestEngine.overProjectKnowledge();
    }

    static List<EvalSet> sets() throws Exception {
        return EvalSet.readAll(Path.of("eval"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void clears_its_bars(EvalSet set) {
        EvalReport report = new EvalRunner(engine.service()::answer, engine.snapshot().knowledge()).run(set);
        System.out.println(report.format());
        assertThat(set.cases()).hasSizeGreaterThanOrEqualTo(80);
        assertThat(report.passRate(EvalReport.OUT_OF_SCOPE)).as("out-of-scope declines\n" + report.format())
                .isGreaterThanOrEqualTo(set.declinedBar());
        assertThat(report.invented()).as("invented claims\n" + report.format()).isZero();
        assertThat(report.passRate()).as("overall pass rate\n" + report.format()).isGreaterThanOrEqualTo(set.bar());
        assertThat(report.categoryRates()).as("pass rate per category\n" + report.format())
                .allSatisfy((category, rate) -> assertThat(rate).as(category).isGreaterThanOrEqualTo(set.categoryBar()));
    }
}
