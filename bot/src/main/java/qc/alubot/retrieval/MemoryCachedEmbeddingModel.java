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
 * buttons send the same texts. In memory only: questions are never written to disk. Bounded by
 * the memory the entries take, since a long question weighs more than its vector.
 */
public final class MemoryCachedEmbeddingModel implements EmbeddingModel {

    /**
     * Heap the cache may take: 8 MB, some 4,500 questions of a sentence (a 384-float vector is
     * 1.5 KB), or 3,000 of the longest the answer path reads (500 characters).
     */
    static final long MAX_BYTES = 8L * 1024 * 1024;

    private final EmbeddingModel delegate;
    private final Cache<String, Embedding> cache;

    public MemoryCachedEmbeddingModel(EmbeddingModel delegate) {
        this(delegate, MAX_BYTES);
    }

    MemoryCachedEmbeddingModel(EmbeddingModel delegate, long maxBytes) {
        this.delegate = delegate;
        this.cache = Caffeine.newBuilder().maximumWeight(maxBytes).weigher(MemoryCachedEmbeddingModel::weigh).build();
    }

    /** Approximate heap bytes of an entry: the text at two bytes a character, the vector at four a dimension. */
    static int weigh(String text, Embedding embedding) {
        return 150 + 2 * text.length() + 4 * embedding.vector().length;
    }

    /** Heap the cached entries take now, by {@link #weigh}. */
    long weight() {
        cache.cleanUp();
        return cache.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L);
    }

    /** The model this one caches, for a caller that must pay for every embedding (timing). */
    public EmbeddingModel delegate() {
        return delegate;
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
