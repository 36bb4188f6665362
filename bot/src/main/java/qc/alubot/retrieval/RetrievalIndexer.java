package qc.alubot.retrieval;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import qc.alubot.knowledge.Passage;
import qc.alubot.language.Language;

/**
 * Builds the retriever of each knowledge version from the indexes of the previous one: only
 * passages that changed are re-indexed and re-embedded. Versions are built one at a time
 * (the knowledge holder serialises reloads).
 */
public final class RetrievalIndexer {

    private final Map<Language, LexicalIndexWriter> writers = new EnumMap<>(Language.class);
    private final SemanticIndex.Builder semantic;
    private final EmbeddingModel questionEmbeddings;
    private final Calibration calibration;
    private final EmbeddingChoice choice;

    /**
     * @param passageEmbeddings  embeds passages new to the index (usually disk-cached)
     * @param questionEmbeddings embeds each question (usually memory-cached)
     */
    public RetrievalIndexer(EmbeddingModel passageEmbeddings, EmbeddingModel questionEmbeddings, Calibration calibration,
                            EmbeddingChoice choice) {
        for (Language language : Language.values()) {
            writers.put(language, new LexicalIndexWriter(language));
        }
        this.choice = choice;
        this.semantic = new SemanticIndex.Builder(passageEmbeddings, choice);
        this.questionEmbeddings = questionEmbeddings;
        this.calibration = calibration;
    }

    public synchronized HybridRetriever index(List<Passage> passages, List<List<String>> variants) {
        return index(passages, variants, List.of(), List.of());
    }

    /**
     * @param declinedTopics a sentence for each topic the bot declines, to tell questions far from the knowledge
     * @param referredTopics a sentence for each subject the sources lack but a person can help with
     */
    public synchronized HybridRetriever index(List<Passage> passages, List<List<String>> variants,
                                              List<String> declinedTopics, List<String> referredTopics) {
        Map<Language, LexicalIndex> lexical = new EnumMap<>(Language.class);
        writers.forEach((language, writer) ->
                lexical.put(language, writer.update(passages.stream().filter(p -> p.language() == language).toList())));
        List<String> topicTexts = java.util.stream.Stream.concat(declinedTopics.stream(), referredTopics.stream())
                .map(choice::query).toList();
        return new HybridRetriever(lexical, semantic.build(passages),
                new HybridRetriever.Topics(semantic.buildTopics(declinedTopics), semantic.buildTopics(referredTopics)),
                topicTexts, new QueryVariants(variants, lexical), questionEmbeddings, calibration, choice);
    }
}
