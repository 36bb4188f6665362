package qc.alubot.probe;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Replays the attacks of issue 11 against the packaged bot, each in a process of its own started
 * with the README's flags, and prints the figures the README quotes. JDK only, so it runs without
 * Maven; from the project folder:
 *
 * <pre>
 * mvn -q -DskipTests package
 * javac -d target/probe tests/src/test/java/qc/alubot/probe/*.java
 * java -cp target/probe qc.alubot.probe.AttackProbe bot/target/investor-bot.jar
 * </pre>
 *
 * Sends traffic only to the bot it starts on this machine, a bounded number of requests.
 */
public final class AttackProbe {

    static final int SESSIONS = 1_200;
    static final int PARALLEL = 40;
    static final int SIGTERM_RUNS = 10;
    static final int QUESTIONS_PER_RUN = 40;

    private final Path jar;
    private final Path work;
    private final Attacks attacks = new Attacks();

    private AttackProbe(Path jar, Path work) {
        this.jar = jar;
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "bot/target/investor-bot.jar");
        AttackProbe probe = new AttackProbe(jar, Files.createTempDirectory("attack-probe"));
        System.out.printf(Locale.ROOT, "Attack probe: %s, %d cores, Java %s, bot run with -XX:+UseSerialGC -Xmx160m "
                + "-XX:TieredStopAtLevel=1%n", jar, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        probe.memoryAndTime();
        probe.limits();
        probe.sigterm();
    }

    /** Distinct sessions of long questions, then adversarial texts alone and 40 at once; the rate limit off, as with many addresses. */
    private void memoryAndTime() throws Exception {
        try (BotProcess bot = BotProcess.start(jar, work.resolve("memory"), Map.of("BOT_API_RATE_LIMIT", "0"))) {
            long before = bot.heapAfterGcMb();
            AtomicInteger errors = new AtomicInteger();
            runInParallel(4, SESSIONS, i -> {
                int status = attacks.ask(bot.uri("/api/ask"), attacks.randomWords(4_000), "probe-session-" + i, null);
                if (status >= 500) {
                    errors.incrementAndGet();
                }
            });
            System.out.printf(Locale.ROOT, "Memory: heap in use after GC %d MB at start, %d MB after %d questions of 4,000 "
                    + "characters in distinct sessions; resident %d MB; %d server errors%n", before, bot.heapAfterGcMb(),
                    SESSIONS, bot.residentMb(), errors.get());
            long worst = 0;
            for (String text : attacks.adversarialTexts()) {
                worst = Math.max(worst, timed(() -> check(attacks.ask(bot.uri("/api/ask"), text, null, null))));
            }
            long[] slowestParallel = {0};
            runInParallel(PARALLEL, PARALLEL, i -> {
                long millis = timed(() -> check(attacks.ask(bot.uri("/api/ask"), attacks.randomWords(4_000), null, null)));
                synchronized (slowestParallel) {
                    slowestParallel[0] = Math.max(slowestParallel[0], millis);
                }
            });
            System.out.printf(Locale.ROOT, "Time: worst answer to an adversarial text %d ms one at a time; slowest of %d "
                    + "random 4,000-character texts sent at once %d ms%n", worst, PARALLEL, slowestParallel[0]);
            bot.terminate();
        }
    }

    /** The default limits: one client asking 100 questions at once, and 20 wrong staff passwords. */
    private void limits() throws Exception {
        try (BotProcess bot = BotProcess.start(jar, work.resolve("limits"), Map.of())) {
            int[] api = count(100, i -> attacks.ask(bot.uri("/api/ask"), "How many smelters are there in Québec?", null, null));
            int[] signIn = count(20, i -> attacks.csv(bot.uri("/admin/conversations.csv"), "guess " + i).statusCode());
            System.out.printf(Locale.ROOT, "Limits: of 100 questions from one client in a burst, %d answered and %d refused "
                    + "(429); of 20 wrong staff passwords (HTTP Basic), %d checked and %d refused (429)%n",
                    api[0], api[1], signIn[0], signIn[1]);
            bot.terminate();
        }
    }

    /** {@value #SIGTERM_RUNS} runs of 40 answers then SIGTERM on the embedded database, then a count of what was kept. */
    private void sigterm() throws Exception {
        Path data = work.resolve("sigterm");
        for (int run = 0; run < SIGTERM_RUNS; run++) {
            try (BotProcess bot = BotProcess.start(jar, data, Map.of("BOT_API_RATE_LIMIT", "0"))) {
                for (int i = 0; i < QUESTIONS_PER_RUN; i++) {
                    check(attacks.ask(bot.uri("/api/ask"), "How many recyclers? [probe " + run + "-" + i + "]", "run-" + run, null));
                }
                bot.terminate();
            }
        }
        try (BotProcess bot = BotProcess.start(jar, data, Map.of())) {
            String csv = attacks.csv(bot.uri("/admin/conversations.csv?q=probe"), BotProcess.STAFF_PASSWORD).body();
            int kept = csv.split("\\[probe ", -1).length - 1;
            int sent = SIGTERM_RUNS * QUESTIONS_PER_RUN;
            System.out.printf(Locale.ROOT, "Shutdown: %d runs of %d answers then SIGTERM: %d of %d exchanges kept, %d lost%n",
                    SIGTERM_RUNS, QUESTIONS_PER_RUN, kept, sent, sent - kept);
            bot.terminate();
        }
    }

    private interface Step {
        void run(int i) throws Exception;
    }

    private interface Call {
        int status(int i) throws Exception;
    }

    private static int[] count(int times, Call call) throws Exception {
        int[] passedAndRefused = new int[2];
        for (int i = 0; i < times; i++) {
            passedAndRefused[call.status(i) == 429 ? 1 : 0]++;
        }
        return passedAndRefused;
    }

    private static void runInParallel(int threads, int times, Step step) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                int each = i;
                done.add(pool.submit(() -> {
                    step.run(each);
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private interface Timed {
        void run() throws Exception;
    }

    private static long timed(Timed work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void check(int status) {
        if (status >= 500) {
            throw new IllegalStateException("the bot answered " + status);
        }
    }
}
