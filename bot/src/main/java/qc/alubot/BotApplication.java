package qc.alubot;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the bot. {@code java -jar investor-bot.jar} serves HTTP (and Telegram when configured);
 * {@code chat} talks in the terminal; {@code bench} measures latency, start-up and memory.
 */
@SpringBootApplication
public class BotApplication {

    /** What the process was started to do, from its first argument. */
    public enum Mode {
        SERVE, CHAT, BENCH;

        static Mode from(String[] args) {
            if (args.length == 0 || args[0].startsWith("-")) {
                return SERVE;
            }
            return Arrays.stream(values()).filter(m -> m.name().equalsIgnoreCase(args[0])).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Unknown command '" + args[0]
                            + "'. Use no command to serve, or one of: chat, bench"));
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
        defaults.put("bot.mode", mode.name().toLowerCase());
        if (mode == Mode.CHAT) {
            application.setWebApplicationType(WebApplicationType.NONE);
            defaults.put("logging.level.root", "WARN");
        }
        if (mode == Mode.BENCH) {
            defaults.put("server.port", "0");
            defaults.put("logging.level.root", "WARN");
        }
        application.setDefaultProperties(defaults);
        ConfigurableApplicationContext context = application.run(args);
        if (mode != Mode.SERVE) {
            System.exit(SpringApplication.exit(context));
        }
    }
}
