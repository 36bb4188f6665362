package qc.alubot.answer;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import qc.alubot.retrieval.EmbeddingChoice;

/**
 * How answers are made.
 *
 * @param minConfidence  retrieval confidence under which the bot says it does not know
 *                       ({@code BOT_MIN_CONFIDENCE}); fitted on the evaluation set, see {@code Calibration}
 * @param sessionTimeout a conversation is forgotten after this long without a message: long
 *                       enough for a follow-up, short enough not to tie unrelated questions
 * @param dataDir        where the bot keeps files it makes: embedding cache, embedded database
 * @param embeddingModel the in-process embedding model ({@code BOT_EMBEDDING_MODEL}), see {@link EmbeddingChoice}
 */
@ConfigurationProperties("bot")
public record AnswerProperties(Double minConfidence, Duration sessionTimeout, Path dataDir, String embeddingModel) {

    /** Binds plain strings: Spring's own String-to-Path conversion refuses relative paths like "../data". */
    @ConstructorBinding
    public AnswerProperties(Double minConfidence, Duration sessionTimeout, String dataDir, String embeddingModel) {
        this(minConfidence, sessionTimeout == null ? Duration.ofMinutes(30) : sessionTimeout,
                Path.of(dataDir == null ? "data" : dataDir), embeddingModel);
    }

    /** The model chosen; an unknown name refuses to start, listing the models there are. */
    public EmbeddingChoice embeddingChoice() {
        return EmbeddingChoice.of(embeddingModel);
    }
}
