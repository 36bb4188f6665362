package qc.alubot.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems found while reading files, in file and line order. */
public final class Problems {

    private final List<Problem> found = new ArrayList<>();

    public void error(String file, int line, String message) {
        found.add(Problem.error(file, line, message));
    }

    public void warning(String file, int line, String message) {
        found.add(Problem.warning(file, line, message));
    }

    void add(Problem problem) {
        found.add(problem);
    }

    public boolean hasErrors() {
        return found.stream().anyMatch(Problem::isError);
    }

    public List<Problem> all() {
        return found.stream()
                .sorted(Comparator.comparing(Problem::file).thenComparingInt(Problem::line))
                .toList();
    }
}
