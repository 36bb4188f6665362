package qc.alubot.retrieval;

import java.util.List;
import java.util.Optional;

/** The passages found for a question, best first. */
public record Retrieval(List<Hit> hits) {

    public Retrieval {
        hits = List.copyOf(hits);
    }

    public Optional<Hit> best() {
        return hits.stream().findFirst();
    }

    public double confidence() {
        return best().map(Hit::confidence).orElse(0.0);
    }
}
