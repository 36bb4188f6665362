package qc.alubot.answer;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.Optional;
import qc.alubot.knowledge.KnowledgeBase;
import qc.alubot.retrieval.Calibration;
import qc.alubot.retrieval.DiskCachedEmbeddingModel;
import qc.alubot.retrieval.EmbeddingChoice;
import qc.alubot.retrieval.HybridRetriever;
import qc.alubot.retrieval.RetrievalIndexer;
import qc.alubot.rules.RuleBook;
import qc.alubot.understanding.Reader;

/** Builds the indexes and matchers of a knowledge version. */
public final class SnapshotFactory {

    private final EmbeddingModel passageEmbeddings;
    private final RetrievalIndexer indexer;
    private final Calibration calibration;

    /**
     * @param passageEmbeddings  usually disk-cached: passages rarely change between versions
     * @param questionEmbeddings usually memory-cached: questions repeat, but stay off disk
     */
    public SnapshotFactory(EmbeddingModel passageEmbeddings, EmbeddingModel questionEmbeddings, Calibration calibration) {
        this(passageEmbeddings, questionEmbeddings, calibration, EmbeddingChoice.DEFAULT);
    }

    /** @param choice which model the embeddings come from, so texts are put to it the way it was trained */
    public SnapshotFactory(EmbeddingModel passageEmbeddings, EmbeddingModel questionEmbeddings, Calibration calibration,
                           EmbeddingChoice choice) {
        this.passageEmbeddings = passageEmbeddings;
        this.indexer = new RetrievalIndexer(passageEmbeddings, questionEmbeddings, calibration, choice);
        this.calibration = calibration;
    }

    public Snapshot build(KnowledgeBase knowledge) {
        HybridRetriever retriever = indexer.index(knowledge.passages(), knowledge.scope().variants(),
                knowledge.scope().allDeclinedTopics(), knowledge.scope().allReferredTopics());
        diskCache().ifPresent(cache -> cache.save(retriever.embeddedTexts()));
        return new Snapshot(knowledge, new Reader(knowledge), retriever, new RuleBook(knowledge), calibration);
    }

    public Optional<DiskCachedEmbeddingModel> diskCache() {
        return passageEmbeddings instanceof DiskCachedEmbeddingModel disk ? Optional.of(disk) : Optional.empty();
    }
}
