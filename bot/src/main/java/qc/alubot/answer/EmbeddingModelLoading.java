package qc.alubot.answer;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.concurrent.CompletableFuture;
import qc.alubot.retrieval.EmbeddingChoice;

/**
 * The embedding model, loading on another core while Spring starts: loading the ONNX model
 * takes most of a second, and the bot is not ready before it is. Started by
 * {@link qc.alubot.BotApplication#main}; without it the model is loaded when first needed.
 */
public record EmbeddingModelLoading(EmbeddingChoice choice, CompletableFuture<EmbeddingModel> model) {

    public static EmbeddingModelLoading start(EmbeddingChoice choice) {
        return new EmbeddingModelLoading(choice, CompletableFuture.supplyAsync(choice::load));
    }
}
