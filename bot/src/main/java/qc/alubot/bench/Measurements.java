package qc.alubot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import qc.alubot.answer.AnswerService;
import qc.alubot.conversation.Channel;
import qc.alubot.conversation.Question;
import qc.alubot.eval.EvalCase;
import qc.alubot.eval.EvalSet;

/** What the benchmark commands share: timing every evaluation question, percentiles, memory. */
public final class Measurements {

    private Measurements() {
    }

    /** Asks every evaluation conversation once (each in its own session) and returns each answer's time in nanoseconds. */
    public static List<Long> askAll(AnswerService answers, EvalSet set, String sessionPrefix) {
        List<Long> nanos = new ArrayList<>();
        for (EvalCase evalCase : set.cases()) {
            String session = sessionPrefix + "-" + evalCase.id();
            for (EvalCase.Turn turn : evalCase.turns()) {
                long start = System.nanoTime();
                answers.answer(Question.of(turn.ask(), session, Channel.EVALUATION));
                nanos.add(System.nanoTime() - start);
            }
        }
        return nanos;
    }

    /** The nearest-rank percentile of sorted values. */
    public static long percentile(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** A line of /proc/self/status, e.g. "VmRSS: 312456 kB" as "305 MB"; "n/a" off Linux. */
    public static String procStatus(String field) throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return "n/a";
        }
        return Files.readAllLines(status).stream().filter(line -> line.startsWith(field + ":"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024 + " MB")
                .findFirst().orElse("n/a");
    }
}
