package qc.alubot.retrieval;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import qc.alubot.language.Language;
import qc.alubot.language.QuebecFrench;

/**
 * Hybrid search: BM25 in the question's language and in the other one, and semantic similarity.
 * Candidates are ordered by a blend of absolute signals (how much of the question a passage
 * covers, how close in meaning), which unlike reciprocal-rank fusion does not reward a passage
 * for being middling in both lists; RRF breaks ties. Confidence uses the same two signals.
 */
public final class HybridRetriever {

    /** Reciprocal-rank fusion constant from Cormack et al.; damps the weight of the first ranks. */
    private static final int RRF_K = 60;
    /** Passages matched only in the other language are weaker evidence (the question may mix languages). */
    private static final double OTHER_LANGUAGE_WEIGHT = 0.4;
    private static final int CANDIDATES = 20;

    private final Map<Language, LexicalIndex> lexical;
    private final SemanticIndex semantic;
    private final Topics topics;
    private final List<String> topicTexts;
    private final EmbeddingModel embeddings;
    private final Calibration calibration;
    private final QueryVariants variants;
    private final EmbeddingChoice choice;

    /**
     * @param questionEmbeddings embeds each question
     */
    HybridRetriever(Map<Language, LexicalIndex> lexical, SemanticIndex semantic, Topics topics,
                    List<String> topicTexts, QueryVariants variants, EmbeddingModel questionEmbeddings,
                    Calibration calibration, EmbeddingChoice choice) {
        this.choice = choice;
        this.topics = topics;
        this.topicTexts = List.copyOf(topicTexts);
        this.lexical = Map.copyOf(lexical);
        this.semantic = semantic;
        this.variants = variants;
        this.embeddings = questionEmbeddings;
        this.calibration = calibration;
    }

    /** The passage texts embedded for this index. */
    public List<String> embeddedTexts() {
        List<String> texts = new ArrayList<>(semantic.texts());
        texts.addAll(topicTexts);
        return texts;
    }

    /**
     * How much closer in meaning the question is to a declined topic than to anything the
     * knowledge holds or to any subject a person can help with: above zero, it is about something
     * else. Negative when no topics are given.
     *
     * @param byTextOnly weigh the knowledge by its passages' text alone, not their example
     *                   questions: stricter, for a question nothing answered (a question is always
     *                   near another question, whatever its subject)
     */
    public OffTopic offTopic(String asked, boolean byTextOnly) {
        if (topics.declined().size() == 0) {
            return OffTopic.NONE;
        }
        float[] question = embeddings.embed(choice.query(asked)).content().vector();
        VectorIndex.Scored topic = topics.declined().nearest(question, 1).get(0);
        Embedding embedded = new Embedding(question);
        double knowledge = closest(byTextOnly ? semantic.nearestText(embedded, 1) : semantic.nearest(embedded, 1));
        double referred = topics.referred().size() == 0 ? 0 : closest(topics.referred().nearest(question, 1));
        return new OffTopic(topic.passageId(), topic.cosine() - Math.max(knowledge, referred));
    }

    private static double closest(List<VectorIndex.Scored> nearest) {
        return nearest.isEmpty() ? 0 : nearest.get(0).cosine();
    }

    /**
     * @param declined the topics the bot declines
     * @param referred the subjects the sources lack but a person can help with
     */
    record Topics(VectorIndex declined, VectorIndex referred) {
    }

    /**
     * @param topic  the declined topic closest to the question
     * @param margin its similarity less that of the closest passage
     */
    public record OffTopic(String topic, double margin) {
        static final OffTopic NONE = new OffTopic("", -1);
    }

    public Retrieval retrieve(String asked, Language language) {
        String question = variants.expand(language == Language.FR ? QuebecFrench.standard(asked) : asked, language);
        Map<Language, QueryTerms> terms = new EnumMap<>(Language.class);
        for (Language each : Language.values()) {
            terms.put(each, lexical.get(each).understand(question));
        }
        Map<String, Scores> byId = new HashMap<>();
        addLexical(byId, terms.get(language), language, 1.0);
        addLexical(byId, terms.get(language.other()), language.other(), OTHER_LANGUAGE_WEIGHT);
        addSemantic(byId, embeddings.embed(choice.query(question)).content());
        List<Hit> hits = new ArrayList<>();
        byId.forEach((id, s) -> {
            double coverage = Math.max(lexical.get(language).coverage(id, terms.get(language)),
                    OTHER_LANGUAGE_WEIGHT * lexical.get(language.other()).coverage(id, terms.get(language.other())));
            hits.add(new Hit(id, s.fused, s.semantic, coverage, calibration.confidence(s.semantic, coverage)));
        });
        hits.sort(Comparator.comparingDouble((Hit h) -> calibration.rank(h.semantic(), h.coverage()))
                .thenComparingDouble(Hit::fused).reversed());
        return new Retrieval(hits);
    }

    private void addLexical(Map<String, Scores> byId, QueryTerms terms, Language language, double weight) {
        if (terms.isEmpty()) {
            return;
        }
        List<LexicalIndex.LexicalHit> hits = lexical.get(language).search(terms, CANDIDATES);
        for (int rank = 0; rank < hits.size(); rank++) {
            byId.computeIfAbsent(hits.get(rank).id(), id -> new Scores()).fused += weight / (RRF_K + rank + 1);
        }
    }

    private void addSemantic(Map<String, Scores> byId, Embedding question) {
        List<VectorIndex.Scored> ranked = semantic.nearest(question, CANDIDATES);
        for (int rank = 0; rank < ranked.size(); rank++) {
            Scores scores = byId.computeIfAbsent(ranked.get(rank).passageId(), id -> new Scores());
            scores.fused += 1.0 / (RRF_K + rank + 1);
            scores.semantic = ranked.get(rank).cosine();
        }
    }

    private static final class Scores {
        double fused;
        double semantic = -1;
    }
}
