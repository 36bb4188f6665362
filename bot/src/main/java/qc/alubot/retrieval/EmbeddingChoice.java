package qc.alubot.retrieval;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The in-process embedding models the bot can run, chosen with {@code BOT_EMBEDDING_MODEL}.
 * Each comes in its Maven artifact (nothing is downloaded) and is asked the way it was trained:
 * e5 wants "query: " and "passage: " in front of its texts, bge an instruction in front of a
 * search question. All three are English models: French questions are matched by the French
 * analyzer and by the passages' French text and French example questions (see the README).
 *
 * @param queryPrefix   put in front of questions (the investor's and a passage's example questions)
 * @param passagePrefix put in front of passage texts
 */
public enum EmbeddingChoice {
    ALL_MINILM_L6_V2_Q("all-minilm-l6-v2-q", AllMiniLmL6V2QuantizedEmbeddingModel::new, "", ""),
    BGE_SMALL_EN_V15_Q("bge-small-en-v1.5-q", BgeSmallEnV15QuantizedEmbeddingModel::new,
            "Represent this sentence for searching relevant passages: ", ""),
    E5_SMALL_V2_Q("e5-small-v2-q", E5SmallV2QuantizedEmbeddingModel::new, "query: ", "passage: ");

    /** The model the bot runs when none is chosen: the one that answered the development set best. */
    public static final EmbeddingChoice DEFAULT = ALL_MINILM_L6_V2_Q;
    /** The library version the models come from: a new one may embed differently, so cached vectors are not reused. */
    private static final String LIBRARY = "langchain4j-1.20.0-beta30";

    private final String id;
    private final Supplier<EmbeddingModel> factory;
    private final String queryPrefix;
    private final String passagePrefix;

    EmbeddingChoice(String id, Supplier<EmbeddingModel> factory, String queryPrefix, String passagePrefix) {
        this.id = id;
        this.factory = factory;
        this.queryPrefix = queryPrefix;
        this.passagePrefix = passagePrefix;
    }

    public String id() {
        return id;
    }

    /** Names the model and its version in the embedding cache, so a change never reuses old vectors. */
    public String cacheId() {
        return id + "/" + LIBRARY;
    }

    /** Loads the model (most of a second: it reads tens of megabytes of weights). */
    public EmbeddingModel load() {
        return factory.get();
    }

    public String query(String text) {
        return queryPrefix + text;
    }

    public String passage(String text) {
        return passagePrefix + text;
    }

    public static Optional<EmbeddingChoice> parse(String id) {
        return Arrays.stream(values()).filter(choice -> choice.id.equalsIgnoreCase(id.strip())).findFirst();
    }

    /** The choice for {@code id}, or a clear message listing those there are. */
    public static EmbeddingChoice of(String id) {
        if (id == null || id.isBlank()) {
            return DEFAULT;
        }
        return parse(id).orElseThrow(() -> new IllegalArgumentException("BOT_EMBEDDING_MODEL is '" + id
                + "', which is not a model the bot has; choose one of " + names()));
    }

    /** The model asked for in the environment ({@code BOT_EMBEDDING_MODEL} or {@code -Dbot.embedding-model}). */
    public static EmbeddingChoice fromEnvironment() {
        String id = System.getProperty("bot.embedding-model", System.getenv("BOT_EMBEDDING_MODEL"));
        return of(id);
    }

    static String names() {
        return Arrays.stream(values()).map(EmbeddingChoice::id).collect(Collectors.joining(", "));
    }
}
