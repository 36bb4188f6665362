package qc.alubot.answer;

import qc.alubot.retrieval.HybridRetriever;
import qc.alubot.understanding.Part;

/**
 * Whether a question means one of the declined topics more than anything the knowledge holds or
 * any subject a person can help with: the one weighing behind {@link ScopeStep} (before retrieval,
 * for a question with no word of the cluster) and {@link FallbackStep} (after it found nothing).
 */
final class DeclinedTopics {

    /** How much closer to a declined topic than to the knowledge a question must be to be declined for its meaning. */
    static final double MARGIN = 0.0;

    private DeclinedTopics() {
    }

    /**
     * @param byTextOnly weigh the knowledge by its passages' text alone, not their example questions
     */
    static boolean meant(Part part, Context context, boolean byTextOnly) {
        HybridRetriever.OffTopic off = context.snapshot().retriever().offTopic(part.text(), byTextOnly);
        context.trace().offTopic(off);
        return off.margin() > MARGIN;
    }
}
