package qc.alubot.eval;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** How the bot did on one evaluation set, overall and per category, with every failure explained. */
public record EvalReport(EvalSet set, List<CaseResult> results) {

    public static final String OUT_OF_SCOPE = "out-of-scope";
    /** The default bar of a set that names none; raise it as the knowledge grows, never lower it to go green. */
    public static final double PASS_THRESHOLD = 0.90;

    /**
     * One case's result; {@code failures} says what went wrong, turn by turn.
     *
     * @param invented claims its answers made that the knowledge does not support
     */
    public record CaseResult(EvalCase evalCase, List<String> failures, int invented) {

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

    public int invented() {
        return results.stream().mapToInt(CaseResult::invented).sum();
    }

    public Map<String, Double> categoryRates() {
        return byCategory().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> rate(e.getValue()),
                (a, b) -> a, TreeMap::new));
    }

    private Map<String, List<CaseResult>> byCategory() {
        return new TreeMap<>(results.stream().collect(Collectors.groupingBy(r -> r.evalCase().category())));
    }

    /**
     * Whether the set clears its bars: overall, in every category, out-of-scope questions declined
     * (all of them unless the set says otherwise), and nothing invented.
     */
    public boolean meets() {
        return passRate() >= set.bar() && categoryRates().values().stream().allMatch(rate -> rate >= set.categoryBar())
                && passRate(OUT_OF_SCOPE) >= set.declinedBar() && invented() == 0;
    }

    /** The scores per category, then each failure (a held-out set's only when {@code showHeldOut}). */
    public String format(boolean showHeldOut) {
        StringBuilder out = new StringBuilder(String.format("Evaluation %s (%s): %d cases%n", set.name(), set.role(),
                results.size()));
        byCategory().forEach((category, cases) -> out.append(String.format("  %-16s %3d/%-3d %5.1f%%%n", category,
                cases.stream().filter(CaseResult::passed).count(), cases.size(), 100 * rate(cases))));
        out.append(String.format("  %-16s %3d/%-3d %5.1f%%   (bar %.0f%% overall, %.0f%% per category; invented claims: %d)%n",
                "overall", results.stream().filter(CaseResult::passed).count(), results.size(), 100 * passRate(),
                100 * set.bar(), 100 * set.categoryBar(), invented()));
        if (set.heldOut() && !showHeldOut) {
            out.append(String.format("  (%d failures not shown: a held-out set measures generalisation; do not tune on it)%n",
                    failures().size()));
            return out.toString();
        }
        for (CaseResult failure : failures()) {
            out.append("FAIL ").append(failure.evalCase().id()).append(" [").append(failure.evalCase().category())
                    .append("]\n");
            failure.failures().forEach(f -> out.append("     ").append(f.replace("\n", "\n     ")).append('\n'));
        }
        return out.toString();
    }

    public String format() {
        return format(false);
    }
}
