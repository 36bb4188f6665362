package qc.alubot.answer;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * How answers are made.
 *
 * @param minConfidence  retrieval confidence under which the bot says it does not know
 *                       ({@code BOT_MIN_CONFIDENCE}); fitted on the evaluation set, see {@code Calibration}
 * @param sessionTimeout a conversation is forgotten after this long without a message: long
 *                       enough for a follow-up, short enough not to tie unrelated questions
 * @param dataDir        where the bot keeps files it makes: embedding cache, embedded database
 */
@ConfigurationProperties("bot")
public record AnswerProperties(Double minConfidence, Duration sessionTimeout, Path dataDir) {

    /** Binds plain strings: Spring's own String-to-Path conversion refuses relative paths like "../data". */
    @ConstructorBinding
    public AnswerProperties(Double minConfidence, Duration sessionTimeout, String dataDir) {
        this(minConfidence, sessionTimeout == null ? Duration.ofMinutes(30) : sessionTimeout,
                Path.of(dataDir == null ? "data" : dataDir));
    }
}
