package qc.alubot.answer;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.concurrent.CompletableFuture;

/**
 * The embedding model, loading on another core while Spring starts: loading the ONNX model
 * takes most of a second, and the bot is not ready before it is. Started by
 * {@link qc.alubot.BotApplication#main}; without it the model is loaded when first needed.
 */
public record EmbeddingModelLoading(CompletableFuture<EmbeddingModel> model) {

    public static EmbeddingModelLoading start() {
        return new EmbeddingModelLoading(CompletableFuture.supplyAsync(AllMiniLmL6V2QuantizedEmbeddingModel::new));
    }
}
