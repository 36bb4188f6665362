package qc.alubot.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import qc.alubot.answer.AnswerService;
import qc.alubot.conversation.Channel;
import qc.alubot.conversation.Question;
import qc.alubot.eval.EvalCase;
import qc.alubot.eval.EvalSet;

/**
 * {@code java -jar investor-bot.jar bench [--eval PATH] [--rounds N]}: the figures the README
 * reports. Start-up is measured from the JVM's own start to the first answer, with the web
 * server up; latency is in-process, over every evaluation question, after one warm-up round.
 */
@Component
@ConditionalOnProperty(name = "bot.mode", havingValue = "bench")
class Benchmark implements CommandLineRunner {

    private static final String DEFAULT_EVAL = "tests/eval/questions.yaml";
    private static final int DEFAULT_ROUNDS = 5;

    private final AnswerService answers;

    Benchmark(AnswerService answers) {
        this.answers = answers;
    }

    @Override
    public void run(String... args) throws IOException {
        answers.answer(Question.of("How many smelters are there in Québec?", null, Channel.EVALUATION));
        long ready = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        Path evalFile = Path.of(option(args, "--eval", DEFAULT_EVAL));
        if (!Files.isRegularFile(evalFile)) {
            System.err.println("No evaluation set at " + evalFile.toAbsolutePath()
                    + ": run from the project folder or pass --eval PATH");
            return;
        }
        EvalSet set = EvalSet.read(evalFile);
        int rounds = Integer.parseInt(option(args, "--rounds", String.valueOf(DEFAULT_ROUNDS)));
        askAll(set, 0); // warm-up: JIT and caches, as in a bot that has been running a while
        List<Long> nanos = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            nanos.addAll(askAll(set, round));
        }
        System.gc();
        print(ready, nanos, rounds, set);
    }

    private List<Long> askAll(EvalSet set, int round) {
        List<Long> nanos = new ArrayList<>();
        for (EvalCase evalCase : set.cases()) {
            String session = "bench-" + round + "-" + evalCase.id();
            for (EvalCase.Turn turn : evalCase.turns()) {
                long start = System.nanoTime();
                answers.answer(Question.of(turn.ask(), session, Channel.EVALUATION));
                nanos.add(System.nanoTime() - start);
            }
        }
        return nanos;
    }

    private static void print(long readyMillis, List<Long> nanos, int rounds, EvalSet set) throws IOException {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "Benchmark: %d answers (%d rounds of the %d evaluation cases), %d cores, Java %s%n",
                sorted.length, rounds, set.cases().size(), runtime.availableProcessors(), System.getProperty("java.version"));
        System.out.printf(Locale.ROOT, "  ready (JVM start to first answer): %d ms%n", readyMillis);
        System.out.printf(Locale.ROOT, "  latency p50: %.2f ms   p99: %.2f ms   max: %.2f ms   mean: %.2f ms%n",
                millis(percentile(sorted, 50)), millis(percentile(sorted, 99)), millis(sorted[sorted.length - 1]),
                millis((long) Arrays.stream(sorted).average().orElse(0)));
        System.out.printf(Locale.ROOT, "  resident memory: %s now, %s peak; heap in use after GC: %d MB%n",
                procStatus("VmRSS"), procStatus("VmHWM"), (runtime.totalMemory() - runtime.freeMemory()) >> 20);
    }

    private static long percentile(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    /** A line of /proc/self/status, e.g. "VmRSS: 312456 kB" as "305 MB"; "n/a" off Linux. */
    private static String procStatus(String field) throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return "n/a";
        }
        return Files.readAllLines(status).stream().filter(line -> line.startsWith(field + ":"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024 + " MB")
                .findFirst().orElse("n/a");
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
