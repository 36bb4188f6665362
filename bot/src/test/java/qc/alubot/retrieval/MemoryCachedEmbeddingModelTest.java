package qc.alubot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoryCachedEmbeddingModelTest {

    /** A stand-in model: 384 dimensions like the real one, counting what it is asked. */
    private static final class Counting implements EmbeddingModel {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            calls.addAndGet(segments.size());
            return Response.from(segments.stream().map(s -> Embedding.from(new float[384])).toList());
        }

        @Override
        public int dimension() {
            return 384;
        }
    }

    @Test
    void embeds_a_question_asked_again_only_once() {
        Counting model = new Counting();
        MemoryCachedEmbeddingModel cached = new MemoryCachedEmbeddingModel(model);
        cached.embed("How many smelters?");
        cached.embed("How many smelters?");
        assertThat(model.calls).hasValue(1);
    }

    @Test
    void stays_within_its_memory_budget_however_long_and_many_the_questions() {
        long budget = 1024 * 1024;
        MemoryCachedEmbeddingModel cached = new MemoryCachedEmbeddingModel(new Counting(), budget);
        for (int i = 0; i < 2_000; i++) {
            cached.embed(i + " " + "long question ".repeat(35));
        }
        assertThat(cached.weight()).isLessThanOrEqualTo(budget).isGreaterThan(budget / 2);
    }
}
