package qc.alubot.admin;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * The evaluation of the knowledge in service, shown on the knowledge page.
 *
 * @param dir       folder of the evaluation files ({@code BOT_EVAL_DIR}, default {@code ./tests/eval}: the
 *                  project's, when the bot runs from the project folder); every {@code *.yaml} in it is read
 * @param inService whether each new knowledge version is evaluated in the background ({@code BOT_EVAL_IN_SERVICE});
 *                  with an LLM configured, the evaluation's retrieval answers are worded by it too (and cached)
 */
@ConfigurationProperties("bot.evaluation")
public record EvaluationProperties(Path dir, boolean inService) {

    @ConstructorBinding
    public EvaluationProperties(Path dir, Boolean inService) {
        this(dir == null ? Path.of("tests/eval") : dir, inService == null || inService);
    }
}
