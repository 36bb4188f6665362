package qc.alubot.retrieval;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.ArrayList;
import java.util.List;

/**
 * Remembers the embeddings of recent questions: investors ask the same things, and the
 * buttons send the same texts. In memory only: questions are never written to disk.
 */
public final class MemoryCachedEmbeddingModel implements EmbeddingModel {

    /** About 1.6 KB an entry: ten thousand questions cost some 16 MB. */
    private static final int MAX_ENTRIES = 10_000;

    private final EmbeddingModel delegate;
    private final Cache<String, Embedding> cache = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).build();

    public MemoryCachedEmbeddingModel(EmbeddingModel delegate) {
        this.delegate = delegate;
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        List<Embedding> embeddings = new ArrayList<>(segments.size());
        for (TextSegment segment : segments) {
            embeddings.add(cache.get(segment.text(), text -> delegate.embed(text).content()));
        }
        return Response.from(embeddings);
    }

    @Override
    public int dimension() {
        return delegate.dimension();
    }
}
