package qc.alubot.telegram;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import qc.alubot.BotApplication;

/**
 * The Telegram load benchmark (a command, not a test): 200 investors asking 5 questions each,
 * through the real polling loop and outbox, against {@link BenchBotApi} on this machine. First
 * with the limits raised, to measure the bot itself; then with Telegram's real limits, to show
 * none is exceeded. Run from the project folder:
 * {@code mvn -q install -DskipTests && mvn -q -pl tests exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=qc.alubot.telegram.TelegramLoadBenchmark}
 */
public final class TelegramLoadBenchmark {

    private static final int USERS = Integer.getInteger("bench.users", 200);
    private static final List<String> QUESTIONS = List.of("How many smelters are there in Québec?", "What is AluQuébec?",
            "How many aluminum recyclers are there in Québec?", "Who is the general director of Aluminium Valley Society?",
            "Qu'est-ce qu'AluQuébec ?");

    private TelegramLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf(Locale.ROOT, "Telegram load: %d investors x %d questions, %d cores, Java %s%n", USERS,
                QUESTIONS.size(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        run("limits raised", Map.of("bot.telegram.chat-interval", "1ms", "bot.telegram.group-interval", "1ms",
                "bot.telegram.messages-per-second", "100000"));
        run("Telegram's limits (1/s per chat, 30/s overall)", Map.of());
        System.exit(0);
    }

    private static void run(String name, Map<String, String> limits) throws Exception {
        BenchBotApi api = new BenchBotApi();
        Map<String, Object> properties = new HashMap<>(Map.of("bot.telegram.token", "123456:BENCH", "bot.telegram.api-url",
                api.url(), "bot.knowledge.dir", "../knowledge", "bot.knowledge.prompts-dir", "../prompts",
                "bot.data-dir", "target/bot-data", "server.port", "0", "logging.level.root", System.getProperty("bench.log", "WARN"),
                "bot.telegram.flood-messages", "1000"));
        properties.putAll(limits);
        // as command-line arguments: they must win over application.yml's empty TELEGRAM_BOT_TOKEN
        String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(BotApplication.class).run(arguments)) {
            com.sun.management.OperatingSystemMXBean os =
                    (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpuStart = os.getProcessCpuTime();
            long start = System.nanoTime();
            for (long user = 1; user <= USERS; user++) {
                List<String> questions = new ArrayList<>(QUESTIONS);
                java.util.Collections.rotate(questions, (int) user);
                api.addInvestor(user, questions);
            }
            while (!api.allAnswered() && System.nanoTime() - start < Long.getLong("bench.seconds", 180) * 1_000_000_000L) {
                Thread.sleep(20);
            }
            long wall = System.nanoTime() - start;
            double cpu = (os.getProcessCpuTime() - cpuStart) / (double) wall / Runtime.getRuntime().availableProcessors();
            report(name, api, wall, cpu);
        } finally {
            api.stop();
        }
    }

    private static void report(String name, BenchBotApi api, long wallNanos, double cpu) {
        long[] latencies = api.latenciesNanos.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%n%s:%n  %d answers in %.1f s: %.1f answers/s (%d messages sent)%n", name,
                latencies.length, wallNanos / 1e9, latencies.length / (wallNanos / 1e9), api.messages.size());
        System.out.printf(Locale.ROOT, "  time to reply: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", percentile(latencies, 50),
                percentile(latencies, 95), latencies.length == 0 ? 0 : latencies[latencies.length - 1] / 1e6);
        System.out.printf(Locale.ROOT, "  CPU: %.0f%% of %d cores (the bot and this stand-in together)%n", cpu * 100,
                Runtime.getRuntime().availableProcessors());
        List<long[]> sorted = new ArrayList<>(api.messages);
        sorted.sort(Comparator.comparingLong(m -> m[1]));
        System.out.printf(Locale.ROOT, "  most messages in any 1 s window: %d overall; shortest gap between two messages "
                + "to one chat: %.0f ms%n", maxInWindow(sorted), shortestChatGap(sorted) / 1e6);
    }

    private static double percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    private static int maxInWindow(List<long[]> sorted) {
        int best = 0;
        int first = 0;
        for (int last = 0; last < sorted.size(); last++) {
            while (sorted.get(last)[1] - sorted.get(first)[1] >= 1_000_000_000L) {
                first++;
            }
            best = Math.max(best, last - first + 1);
        }
        return best;
    }

    private static long shortestChatGap(List<long[]> sorted) {
        Map<Long, Long> last = new HashMap<>();
        long shortest = Long.MAX_VALUE;
        for (long[] message : sorted) {
            Long previous = last.put(message[0], message[1]);
            if (previous != null) {
                shortest = Math.min(shortest, message[1] - previous);
            }
        }
        return shortest;
    }
}
