package qc.alubot.eval;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** How the bot did on the evaluation set, overall and per category, with every failure explained. */
public record EvalReport(List<CaseResult> results) {

    public static final String OUT_OF_SCOPE = "out-of-scope";
    /** The bar the evaluation must clear overall; raise it as the knowledge grows, never lower it to go green. */
    public static final double PASS_THRESHOLD = 0.90;

    /** One case's result; {@code failures} says what went wrong, turn by turn. */
    public record CaseResult(EvalCase evalCase, List<String> failures) {

        public boolean passed() {
            return failures.isEmpty();
        }
    }

    public EvalReport {
        results = List.copyOf(results);
    }

    public double passRate() {
        return rate(results);
    }

    public double passRate(String category) {
        return rate(results.stream().filter(r -> r.evalCase().category().equals(category)).toList());
    }

    private static double rate(List<CaseResult> results) {
        return results.isEmpty() ? 1.0 : results.stream().filter(CaseResult::passed).count() / (double) results.size();
    }

    public List<CaseResult> failures() {
        return results.stream().filter(r -> !r.passed()).toList();
    }

    /** Whether the set passes its bar: {@code threshold} overall, and every out-of-scope question declined. */
    public boolean meets(double threshold) {
        return passRate() >= threshold && passRate(OUT_OF_SCOPE) == 1.0;
    }

    public String format() {
        Map<String, List<CaseResult>> byCategory = new TreeMap<>(results.stream()
                .collect(Collectors.groupingBy(r -> r.evalCase().category())));
        StringBuilder out = new StringBuilder("Evaluation: ").append(results.size()).append(" cases\n");
        byCategory.forEach((category, cases) -> out.append(String.format("  %-14s %3d/%-3d %5.1f%%%n", category,
                cases.stream().filter(CaseResult::passed).count(), cases.size(), 100 * rate(cases))));
        out.append(String.format("  %-14s %3d/%-3d %5.1f%%%n", "overall",
                results.stream().filter(CaseResult::passed).count(), results.size(), 100 * passRate()));
        for (CaseResult failure : failures()) {
            out.append("FAIL ").append(failure.evalCase().id()).append(" [").append(failure.evalCase().category())
                    .append("]\n");
            failure.failures().forEach(f -> out.append("     ").append(f.replace("\n", "\n     ")).append('\n'));
        }
        return out.toString();
    }
}
