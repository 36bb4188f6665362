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
 * @param watch      reload the folders when a file is saved ({@code BOT_KNOWLEDGE_WATCH})
 * @param watchQuiet how long the folders must stay unchanged before a reload: long enough to see
 *                   an editor's whole save (temporary file, rename), short enough to feel immediate
 */
@ConfigurationProperties("bot.knowledge")
public record KnowledgeProperties(Path dir, Path promptsDir, Duration reviewAge, boolean watch, Duration watchQuiet) {

    public static final String BUNDLED_KNOWLEDGE = "bundled/knowledge";
    public static final String BUNDLED_PROMPTS = "bundled/prompts";

    /** Binds plain strings: Spring's own String-to-Path conversion refuses relative paths like "../knowledge". */
    @ConstructorBinding
    public KnowledgeProperties(String dir, String promptsDir, Duration reviewAge, Boolean watch, Duration watchQuiet) {
        this(Path.of(dir == null ? "knowledge" : dir), Path.of(promptsDir == null ? "prompts" : promptsDir),
                reviewAge == null ? Duration.ofDays(365) : reviewAge, watch == null || watch,
                watchQuiet == null ? Duration.ofMillis(500) : watchQuiet);
    }

    /** Project folders with the default settings (tests, tools). */
    public static KnowledgeProperties of(Path dir, Path promptsDir) {
        return new KnowledgeProperties(dir, promptsDir, Duration.ofDays(365), true, Duration.ofMillis(500));
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
