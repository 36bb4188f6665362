package qc.alubot.knowledge;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Where knowledge and prompts are read from.
 *
 * @param dir        the knowledge folder ({@code BOT_KNOWLEDGE_DIR}); the packaged copy is used when it does not exist
 * @param promptsDir the prompts folder ({@code BOT_PROMPTS_DIR}), same fallback
 * @param reviewAge  passages reviewed longer ago than this are flagged by {@code check}: a year
 *                   matches how often the source pages are refreshed
 */
@ConfigurationProperties("bot.knowledge")
public record KnowledgeProperties(Path dir, Path promptsDir, Duration reviewAge) {

    public static final String BUNDLED_KNOWLEDGE = "bundled/knowledge";
    public static final String BUNDLED_PROMPTS = "bundled/prompts";

    /** Binds plain strings: Spring's own String-to-Path conversion refuses relative paths like "../knowledge". */
    @ConstructorBinding
    public KnowledgeProperties(String dir, String promptsDir, Duration reviewAge) {
        this(Path.of(dir == null ? "knowledge" : dir), Path.of(promptsDir == null ? "prompts" : promptsDir),
                reviewAge == null ? Duration.ofDays(365) : reviewAge);
    }

    public SourceFiles readKnowledge() {
        return KnowledgeFiles.read(dir, BUNDLED_KNOWLEDGE, label(dir, "knowledge"));
    }

    public SourceFiles readPrompts() {
        return KnowledgeFiles.read(promptsDir, BUNDLED_PROMPTS, label(promptsDir, "prompts"));
    }

    /** The copy of a folder packaged in the application. */
    public static SourceFiles bundled(String root, String name) {
        return KnowledgeFiles.readBundled(root, "(packaged) " + name);
    }

    private static String label(Path folder, String bundledName) {
        return KnowledgeFiles.onDisk(folder) ? folder.normalize().toString().replace('\\', '/') : "(packaged) " + bundledName;
    }
}
