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
import qc.alubot.CommandLine;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import qc.alubot.answer.AnswerService;
import qc.alubot.conversation.Channel;
import qc.alubot.conversation.Question;
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
        Path evalFile = Path.of(CommandLine.option(args, "--eval", DEFAULT_EVAL));
        if (!Files.isRegularFile(evalFile)) {
            System.err.println("No evaluation set at " + evalFile.toAbsolutePath()
                    + ": run from the project folder or pass --eval PATH");
            return;
        }
        EvalSet set = EvalSet.read(evalFile);
        int rounds = Integer.parseInt(CommandLine.option(args, "--rounds", String.valueOf(DEFAULT_ROUNDS)));
        Measurements.askAll(answers, set, "bench-0"); // warm-up: JIT and caches, as in a bot that has been running a while
        List<Long> nanos = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            nanos.addAll(Measurements.askAll(answers, set, "bench-" + round));
        }
        System.gc();
        print(ready, nanos, rounds, set);
    }

    private static void print(long readyMillis, List<Long> nanos, int rounds, EvalSet set) throws IOException {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "Benchmark: %d answers (%d rounds of the %d evaluation cases), %d cores, Java %s%n",
                sorted.length, rounds, set.cases().size(), runtime.availableProcessors(), System.getProperty("java.version"));
        System.out.printf(Locale.ROOT, "  ready (JVM start to first answer): %d ms%n", readyMillis);
        System.out.printf(Locale.ROOT, "  latency p50: %.2f ms   p99: %.2f ms   max: %.2f ms   mean: %.2f ms%n",
                millis(Measurements.percentile(sorted, 50)), millis(Measurements.percentile(sorted, 99)), millis(sorted[sorted.length - 1]),
                millis((long) Arrays.stream(sorted).average().orElse(0)));
        System.out.printf(Locale.ROOT, "  resident memory: %s now, %s peak; heap in use after GC: %d MB%n",
                Measurements.procStatus("VmRSS"), Measurements.procStatus("VmHWM"), (runtime.totalMemory() - runtime.freeMemory()) >> 20);
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

}
