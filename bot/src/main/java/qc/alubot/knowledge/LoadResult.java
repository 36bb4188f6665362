package qc.alubot.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What reading the knowledge and prompt folders gave: a knowledge base when there is no
 * error, and every problem found either way.
 *
 * @param checkedAt when the files were read
 */
public record LoadResult(Optional<KnowledgeBase> knowledge, List<Problem> problems, Instant checkedAt) {

    public LoadResult {
        problems = List.copyOf(problems);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }
}
