package qc.alubot.answer;

import qc.alubot.knowledge.KnowledgeBase;
import qc.alubot.retrieval.Calibration;
import qc.alubot.retrieval.HybridRetriever;
import qc.alubot.rules.RuleBook;
import qc.alubot.understanding.Reader;

/**
 * A knowledge version with everything derived from it (the reader's lexicon, indexes, rules),
 * built in full before it is swapped in, so a question always sees one consistent version.
 */
public record Snapshot(KnowledgeBase knowledge, Reader reader, HybridRetriever retriever, RuleBook rules,
                       Calibration calibration) {

    public String version() {
        return knowledge.version().id();
    }
}
