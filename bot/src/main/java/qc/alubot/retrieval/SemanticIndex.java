package qc.alubot.retrieval;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import qc.alubot.knowledge.Passage;

/**
 * Meaning-level search: each passage is embedded as its text and as each of its example
 * questions, in both languages; a question scores against a passage by its best match.
 * Built incrementally: a new knowledge version embeds only the texts it has not seen.
 */
final class SemanticIndex {

    private final VectorIndex vectors;
    private final List<String> texts;

    private SemanticIndex(VectorIndex vectors, List<String> texts) {
        this.vectors = vectors;
        this.texts = texts;
    }

    /** Every text embedded for a passage: its title and body, and each example question. */
    static List<String> textsOf(Passage passage) {
        List<String> texts = new ArrayList<>();
        texts.add(passage.title() + ". " + passage.body());
        texts.addAll(passage.asks());
        return texts;
    }

    /** The passages closest in meaning to the question, closest first, with their cosine similarity. */
    List<VectorIndex.Scored> nearest(Embedding question, int limit) {
        return vectors.nearest(question.vector(), limit);
    }

    List<String> texts() {
        return texts;
    }

    /** Keeps the vectors of every text seen, so each version embeds only what is new. */
    static final class Builder {

        private final EmbeddingModel model;
        private Map<String, float[]> byText = new HashMap<>();

        Builder(EmbeddingModel model) {
            this.model = model;
        }

        SemanticIndex build(List<Passage> passages) {
            Map<String, float[]> current = new HashMap<>();
            List<TextSegment> missing = new ArrayList<>();
            List<Map.Entry<String, float[]>> entries = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (Passage passage : passages) {
                for (String text : textsOf(passage)) {
                    texts.add(text);
                    float[] known = byText.get(text);
                    if (known == null && !current.containsKey(text)) {
                        missing.add(TextSegment.from(text));
                    } else if (known != null) {
                        current.put(text, known);
                    }
                }
            }
            if (!missing.isEmpty()) {
                List<Embedding> fresh = model.embedAll(missing).content();
                for (int i = 0; i < missing.size(); i++) {
                    current.put(missing.get(i).text(), fresh.get(i).vector());
                }
            }
            for (Passage passage : passages) {
                for (String text : textsOf(passage)) {
                    entries.add(new AbstractMap.SimpleImmutableEntry<>(passage.id(), current.get(text)));
                }
            }
            byText = current; // forget texts no version uses any more
            int dimension = entries.isEmpty() ? 0 : entries.get(0).getValue().length;
            return new SemanticIndex(new VectorIndex(entries, dimension), texts);
        }
    }
}
