package qc.alubot;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import qc.alubot.admin.PageBenchmark;
import qc.alubot.answer.EmbeddingModelLoading;
import qc.alubot.retrieval.EmbeddingChoice;

/**
 * Starts the bot. {@code java -jar investor-bot.jar} serves HTTP (and Telegram when configured);
 * {@code chat} talks in the terminal; {@code check} validates the knowledge and runs the
 * evaluation; {@code bench} measures latency, start-up and memory; {@code page-bench} times the staff pages.
 */
@SpringBootApplication
public class BotApplication {

    /** What the process was started to do, from its first argument. */
    public enum Mode {
        SERVE, CHAT, CHECK, BENCH, SCALE_BENCH, PAGE_BENCH;

        /** As typed on the command line and set in {@code bot.mode}: {@code scale-bench}. */
        public String command() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Mode from(String[] args) {
            if (args.length == 0 || args[0].startsWith("-")) {
                return SERVE;
            }
            return Arrays.stream(values()).filter(m -> m.command().equals(args[0])).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Unknown command '" + args[0]
                            + "'. Use no command to serve, or one of: chat, check, bench, scale-bench, page-bench"));
        }
    }

    public static void main(String[] args) {
        Mode mode;
        try {
            mode = Mode.from(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        SpringApplication application = new SpringApplication(BotApplication.class);
        Map<String, Object> defaults = new HashMap<>();
        defaults.put("bot.mode", mode.command());
        if (mode == Mode.CHAT) {
            application.setWebApplicationType(WebApplicationType.NONE);
            defaults.put("logging.level.root", "WARN");
        }
        if (mode == Mode.CHECK) {
            application.setWebApplicationType(WebApplicationType.NONE);
            // Lazy: the check validates the files before anything is built from them.
            defaults.put("spring.main.lazy-initialization", "true");
            defaults.put("logging.level.root", "WARN");
            defaults.put("logging.level.qc.alubot.answer.CurrentKnowledge", "ERROR");
        }
        if (mode == Mode.SCALE_BENCH) {
            application.setWebApplicationType(WebApplicationType.NONE);
            defaults.put("logging.level.root", "WARN");
        }
        if (mode == Mode.PAGE_BENCH) {
            defaults.putAll(PageBenchmark.settings());
        }
        if (mode == Mode.BENCH) {
            defaults.put("SERVER_PORT", "0"); // application.yml reads server.port from SERVER_PORT
            defaults.put("logging.level.root", "WARN");
        }
        application.setDefaultProperties(defaults);
        if (mode != Mode.CHECK) {
            EmbeddingModelLoading loading = EmbeddingModelLoading.start(EmbeddingChoice.fromEnvironment());
            application.addInitializers(context -> context.getBeanFactory().registerSingleton("embeddingModelLoading", loading));
        }
        ConfigurableApplicationContext context = application.run(args);
        if (mode != Mode.SERVE) {
            System.exit(SpringApplication.exit(context));
        }
    }
}
