package qc.alubot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import qc.alubot.answer.AnswerService;
import qc.alubot.eval.EvalReport;
import qc.alubot.eval.EvalRunner;
import qc.alubot.eval.EvalSet;

/**
 * The evaluation set (tests/eval/questions.yaml) against the running application: at least
 * 90% of cases pass overall and every out-of-scope question is declined. The report, per
 * category with each failure explained, is printed whatever the result.
 */
@BotTest
class EvaluationTest {

    @Autowired
    AnswerService answers;

    @Test
    void passes_the_evaluation_set() throws Exception {
        EvalSet set = EvalSet.read(Path.of("eval/questions.yaml"));
        EvalReport report = new EvalRunner(answers::answer).run(set);
        System.out.println(report.format());
        assertThat(set.cases()).hasSizeGreaterThanOrEqualTo(80);
        assertThat(report.passRate(EvalReport.OUT_OF_SCOPE)).as("out-of-scope declines\n" + report.format()).isEqualTo(1.0);
        assertThat(report.passRate()).as("overall pass rate\n" + report.format()).isGreaterThanOrEqualTo(EvalReport.PASS_THRESHOLD);
    }
}
