package qc.alubot.answer;

import qc.alubot.knowledge.KnowledgeBase;
import qc.alubot.retrieval.Calibration;
import qc.alubot.retrieval.HybridRetriever;
import qc.alubot.rules.RuleBook;

/**
 * A knowledge version with everything derived from it (indexes, rule matchers, scope), built
 * in full before it is swapped in, so a question always sees one consistent version.
 */
public record Snapshot(KnowledgeBase knowledge, HybridRetriever retriever, RuleBook rules, ScopeCheck scope,
                       Calibration calibration) {

    public String version() {
        return knowledge.version().id();
    }
}
