package qc.alubot.retrieval;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import qc.alubot.knowledge.Passage;

/**
 * Meaning-level search: each passage is embedded as its text and as each of its example
 * questions, in both languages; a question scores against a passage by its best match.
 * A new knowledge version embeds only the texts it has not seen (the model is cached by content).
 */
final class SemanticIndex {

    private final VectorIndex vectors;
    private final VectorIndex bodies;
    private final List<String> texts;

    private SemanticIndex(VectorIndex vectors, VectorIndex bodies, List<String> texts) {
        this.vectors = vectors;
        this.bodies = bodies;
        this.texts = texts;
    }

    /** Every text embedded for a passage: its title and body, and each example question, as the model wants them. */
    static List<String> textsOf(Passage passage, EmbeddingChoice choice) {
        List<String> texts = new ArrayList<>();
        texts.add(choice.passage(passage.title() + ". " + passage.body()));
        passage.asks().forEach(ask -> texts.add(choice.query(ask)));
        return texts;
    }

    /** The passages closest in meaning to the question, closest first, with their cosine similarity. */
    List<VectorIndex.Scored> nearest(Embedding question, int limit) {
        return vectors.nearest(question.vector(), limit);
    }

    /**
     * The passages closest to the question by their text alone, not their example questions:
     * what the knowledge is about, to weigh against the declined topics, which are descriptions
     * too (a question is always nearer another question, whatever its subject).
     */
    List<VectorIndex.Scored> nearestText(Embedding question, int limit) {
        return bodies.nearest(question.vector(), limit);
    }

    List<String> texts() {
        return texts;
    }

    /**
     * Builds each version's index through the passage embedding model, whose cache (by content,
     * on disk) means only texts new to the knowledge are embedded.
     */
    static final class Builder {

        private final EmbeddingModel model;
        private final EmbeddingChoice choice;

        Builder(EmbeddingModel model, EmbeddingChoice choice) {
            this.model = model;
            this.choice = choice;
        }

        /** The declined topics, embedded as questions are: a question is compared with them as with another question. */
        VectorIndex buildTopics(List<String> topics) {
            List<TextSegment> segments = topics.stream().map(t -> TextSegment.from(choice.query(t))).toList();
            List<Embedding> vectors = segments.isEmpty() ? List.of() : model.embedAll(segments).content();
            return index(entries(topics, vectors));
        }

        SemanticIndex build(List<Passage> passages) {
            List<TextSegment> segments = new ArrayList<>();
            List<String> owners = new ArrayList<>();
            List<Boolean> ownText = new ArrayList<>();
            for (Passage passage : passages) {
                List<String> texts = textsOf(passage, choice);
                for (int i = 0; i < texts.size(); i++) {
                    segments.add(TextSegment.from(texts.get(i)));
                    owners.add(passage.id());
                    ownText.add(i == 0); // textsOf puts the passage's own text first
                }
            }
            List<Embedding> vectors = segments.isEmpty() ? List.of() : model.embedAll(segments).content();
            List<Map.Entry<String, float[]>> entries = entries(owners, vectors);
            List<Map.Entry<String, float[]>> bodies = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                if (ownText.get(i)) {
                    bodies.add(entries.get(i));
                }
            }
            return new SemanticIndex(index(entries), index(bodies), segments.stream().map(TextSegment::text).toList());
        }

        private static List<Map.Entry<String, float[]>> entries(List<String> ids, List<Embedding> vectors) {
            List<Map.Entry<String, float[]>> entries = new ArrayList<>();
            for (int i = 0; i < vectors.size(); i++) {
                entries.add(new AbstractMap.SimpleImmutableEntry<>(ids.get(i), vectors.get(i).vector()));
            }
            return entries;
        }

        private static VectorIndex index(List<Map.Entry<String, float[]>> entries) {
            return new VectorIndex(entries, entries.isEmpty() ? 0 : entries.get(0).getValue().length);
        }
    }
}
