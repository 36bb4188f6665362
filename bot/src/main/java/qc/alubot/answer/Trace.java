package qc.alubot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import qc.alubot.retrieval.HybridRetriever;
import qc.alubot.retrieval.Retrieval;
import qc.alubot.understanding.Part;
import qc.alubot.understanding.Premise;

/**
 * What happened to each part of one question: which step answered it, and the passages retrieval
 * weighed with their scores. Read by staff trying a question and summed up in the answer's note.
 * One per question, filled by one thread.
 */
public final class Trace {

    /** One part's path. */
    /** @param offTopic how close to a declined topic it was, when the scope step weighed that */
    public record PartTrace(Part part, String step, Retrieval retrieval, Optional<HybridRetriever.OffTopic> offTopic) {
    }

    private final List<PartTrace> parts = new ArrayList<>();
    private final List<Premise> settled = new ArrayList<>();
    private Retrieval lastRetrieval = new Retrieval(List.of());
    private Optional<HybridRetriever.OffTopic> offTopic = Optional.empty();

    void offTopic(HybridRetriever.OffTopic weighed) {
        this.offTopic = Optional.of(weighed);
    }

    void retrieved(Retrieval retrieval) {
        this.lastRetrieval = retrieval;
    }

    Retrieval lastRetrieval() {
        return lastRetrieval;
    }

    void answered(Part part, String step) {
        parts.add(new PartTrace(part, step, lastRetrieval, offTopic));
        lastRetrieval = new Retrieval(List.of());
        offTopic = Optional.empty();
    }

    /** A premise an answer already confirmed or corrected itself ("No: … (not five)"): not corrected twice. */
    void settled(Premise premise) {
        settled.add(premise);
    }

    boolean isSettled(Premise premise) {
        return settled.contains(premise);
    }

    public List<PartTrace> parts() {
        return List.copyOf(parts);
    }
}
