package qc.alubot.maintenance;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import qc.alubot.CommandLine;
import qc.alubot.answer.AnswerService;
import qc.alubot.answer.CurrentKnowledge;
import qc.alubot.answer.ExtractiveComposer;
import qc.alubot.answer.SessionStore;
import qc.alubot.answer.SnapshotFactory;
import qc.alubot.bench.Measurements;
import qc.alubot.eval.EvalSet;
import qc.alubot.knowledge.KnowledgeLoader;
import qc.alubot.knowledge.KnowledgeProperties;
import qc.alubot.knowledge.KnowledgeValidator;
import qc.alubot.retrieval.Calibration;
import qc.alubot.retrieval.DiskCachedEmbeddingModel;
import qc.alubot.retrieval.MemoryCachedEmbeddingModel;

/**
 * {@code java -jar investor-bot.jar scale-bench [--passages N]}: builds a generated knowledge
 * base of N passage files (default 10,000) in a temporary folder and reports the first build
 * (every passage embedded), a restart (embeddings from the disk cache), a reload after one file
 * changes, query latency over the evaluation questions, and memory.
 */
@Component
@ConditionalOnProperty(name = "bot.mode", havingValue = "scale-bench")
class ScaleBenchmark implements CommandLineRunner {

    private static final int DEFAULT_PASSAGES = 10_000;
    private static final int ROUNDS = 3;

    private final EmbeddingModel model;
    private final KnowledgeProperties project;
    private final Clock clock;

    ScaleBenchmark(EmbeddingModel model, KnowledgeProperties project, Clock clock) {
        this.model = model;
        this.project = project;
        this.clock = clock;
    }

    @Override
    public void run(String... args) throws IOException {
        int passages = Integer.parseInt(CommandLine.option(args, "--passages", String.valueOf(DEFAULT_PASSAGES)));
        Path root = Files.createTempDirectory("alubot-scale");
        CurrentKnowledge base = knowledge(project, new DiskCachedEmbeddingModel(model, "scale-bench", root.resolve("unused.bin")));
        base.reload();
        Path folder = root.resolve("knowledge");
        SyntheticKnowledge.write(project.dir(), base.get().knowledge().passages(), folder, passages);
        KnowledgeProperties generated = new KnowledgeProperties(folder, project.promptsDir(), project.reviewAge(), false,
                project.watchQuiet());
        Path cache = root.resolve("embeddings.bin");

        long start = System.nanoTime();
        DiskCachedEmbeddingModel firstCache = new DiskCachedEmbeddingModel(model, "scale-bench", cache);
        CurrentKnowledge first = knowledge(generated, firstCache);
        first.reload();
        long firstBuild = since(start);
        firstCache.flush();
        int files = first.get().knowledge().passages().size();

        start = System.nanoTime();
        CurrentKnowledge knowledge = knowledge(generated, new DiskCachedEmbeddingModel(model, "scale-bench", cache));
        knowledge.reload();
        long restart = since(start);

        Path edited = folder.resolve("passages/en/synthetic-0.md");
        Files.writeString(edited, Files.readString(edited).replace("Figure:", "Edited figure:"));
        start = System.nanoTime();
        knowledge.reload();
        long reload = since(start);

        List<Long> latencies = latencies(knowledge);
        print(files, firstBuild, restart, reload, latencies);
    }

    private CurrentKnowledge knowledge(KnowledgeProperties properties, DiskCachedEmbeddingModel passages) {
        KnowledgeLoader loader = new KnowledgeLoader(clock, new KnowledgeValidator(clock, properties.reviewAge()));
        SnapshotFactory factory = new SnapshotFactory(passages, new MemoryCachedEmbeddingModel(model), Calibration.defaults());
        return new CurrentKnowledge(properties, loader, factory);
    }

    private List<Long> latencies(CurrentKnowledge knowledge) throws IOException {
        AnswerService answers = new AnswerService(knowledge, new SessionStore(Duration.ofMinutes(30), Ticker.systemTicker()),
                new ExtractiveComposer(), List.of());
        EvalSet set = EvalSet.read(Path.of(CheckCommand.DEFAULT_EVAL));
        Measurements.askAll(answers, set, "scale-warm-up");
        List<Long> nanos = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            nanos.addAll(Measurements.askAll(answers, set, "scale-" + round));
        }
        return nanos;
    }

    private static void print(int passages, long firstBuild, long restart, long reload, List<Long> latencies)
            throws IOException {
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "Scaling benchmark: %d passages, %d cores%n", passages, runtime.availableProcessors());
        System.out.printf(Locale.ROOT, "  first build (load, validate, index, embed every passage): %.1f s%n", firstBuild / 1e9);
        System.out.printf(Locale.ROOT, "  restart build (embeddings from the disk cache): %.2f s%n", restart / 1e9);
        System.out.printf(Locale.ROOT, "  reload after one file changed: %.2f s%n", reload / 1e9);
        System.out.printf(Locale.ROOT, "  query latency over %d answers: p50 %.2f ms, p99 %.2f ms%n", sorted.length,
                Measurements.percentile(sorted, 50) / 1e6, Measurements.percentile(sorted, 99) / 1e6);
        System.out.printf(Locale.ROOT, "  memory: heap in use after GC %d MB, resident %s%n",
                (runtime.totalMemory() - runtime.freeMemory()) >> 20,
                Measurements.procStatus("VmRSS"));
    }

    private static long since(long start) {
        return System.nanoTime() - start;
    }

}
