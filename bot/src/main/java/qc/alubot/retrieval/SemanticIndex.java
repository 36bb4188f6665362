package qc.alubot.retrieval;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import qc.alubot.knowledge.Passage;

/**
 * Meaning-level search: each passage is embedded as its text and as each of its example
 * questions, in both languages; a question scores against a passage by its best match.
 */
final class SemanticIndex {

    private static final String ID = "passage";
    /** Enough neighbours to see every passage that could rank, with all its vectors. */
    private static final int NEIGHBOURS = 64;

    private final InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
    private final List<String> texts = new ArrayList<>();

    SemanticIndex(EmbeddingModel model, List<Passage> passages) {
        List<TextSegment> segments = new ArrayList<>();
        for (Passage passage : passages) {
            Metadata metadata = Metadata.from(ID, passage.id());
            segments.add(TextSegment.from(passage.title() + ". " + passage.body(), metadata));
            passage.asks().forEach(ask -> segments.add(TextSegment.from(ask, metadata)));
        }
        segments.forEach(segment -> texts.add(segment.text()));
        if (!segments.isEmpty()) {
            store.addAll(model.embedAll(segments).content(), segments);
        }
    }

    /** Every text embedded for this index, to keep their cached embeddings. */
    List<String> texts() {
        return List.copyOf(texts);
    }

    /** Cosine similarity (from -1 to 1) of the question to each near passage, by passage id. */
    Map<String, Double> similarities(Embedding question) {
        Map<String, Double> best = new HashMap<>();
        EmbeddingSearchRequest request = EmbeddingSearchRequest.builder().queryEmbedding(question).maxResults(NEIGHBOURS).build();
        for (EmbeddingMatch<TextSegment> match : store.search(request).matches()) {
            double cosine = 2 * match.score() - 1;
            best.merge(match.embedded().metadata().getString(ID), cosine, Math::max);
        }
        return best;
    }
}
