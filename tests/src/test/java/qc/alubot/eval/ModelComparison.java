package qc.alubot.eval;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import qc.alubot.answer.AnswerService;
import qc.alubot.answer.CurrentKnowledge;
import qc.alubot.answer.ExtractiveComposer;
import qc.alubot.answer.SessionStore;
import qc.alubot.answer.SnapshotFactory;
import qc.alubot.conversation.Channel;
import qc.alubot.conversation.Question;
import qc.alubot.knowledge.KnowledgeBase;
import qc.alubot.knowledge.KnowledgeLoader;
import qc.alubot.knowledge.KnowledgeProperties;
import qc.alubot.knowledge.KnowledgeValidator;
import qc.alubot.language.Language;
import qc.alubot.retrieval.Calibration;
import qc.alubot.retrieval.EmbeddingChoice;
import qc.alubot.retrieval.MemoryCachedEmbeddingModel;

/**
 * Compares the in-process embedding models on the development sets only (never the held-out one):
 * for each model, fits the calibration (where meaning starts and stops counting, and the confidence
 * threshold) on the development cases, then reports the pass rate overall and in French, the
 * answer latency, the time to load the model and index the knowledge, and the heap it takes.
 *
 * <pre>
 * mvn -q install -DskipTests
 * mvn -q -pl tests exec:java -Dexec.classpathScope=test -Dexec.mainClass=qc.alubot.eval.ModelComparison
 * </pre>
 */
public final class ModelComparison {

    private static final Path KNOWLEDGE = Path.of("../knowledge");
    private static final Path PROMPTS = Path.of("../prompts");
    private static final Path EVAL = Path.of("eval");
    private static final double[] FLOOR_SHIFTS = {-0.15, -0.1, -0.05, 0.0};
    private static final double[] CEILING_SHIFTS = {0.0};
    private static final double[] THRESHOLDS = {0.35, 0.4, 0.45, 0.5, 0.55};

    private record Result(EmbeddingChoice choice, Calibration calibration, int passed, int cases, int frenchPassed,
                          int frenchCases, double p50, double p99, long loadMillis, long indexMillis, long heapMb) {
    }

    private ModelComparison() {
    }

    public static void main(String[] args) throws Exception {
        List<EvalSet> development = EvalSet.readAll(EVAL).stream().filter(set -> !set.heldOut()).toList();
        List<EmbeddingChoice> choices = args.length == 0 ? List.of(EmbeddingChoice.values())
                : Arrays.stream(args).map(EmbeddingChoice::of).toList();
        List<Result> results = new ArrayList<>();
        for (EmbeddingChoice choice : choices) {
            results.add(measure(choice, development));
            System.gc();
        }
        System.out.println("| model | calibration (floor, ceiling, threshold) | development | French | p50 | p99 | load | index | heap |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "| %s | %.2f, %.2f, %.2f | %d/%d (%.1f%%) | %d/%d (%.1f%%) | %.1f ms | %.1f ms | %d ms | %d ms | %d MB |%n",
                    r.choice().id(), r.calibration().semanticFloor(), r.calibration().semanticCeiling(),
                    r.calibration().threshold(), r.passed(), r.cases(), 100.0 * r.passed() / r.cases(), r.frenchPassed(),
                    r.frenchCases(), 100.0 * r.frenchPassed() / r.frenchCases(), r.p50(), r.p99(), r.loadMillis(),
                    r.indexMillis(), r.heapMb());
        }
    }

    private static Result measure(EmbeddingChoice choice, List<EvalSet> sets) {
        long loadStart = System.nanoTime();
        EmbeddingModel model = new MemoryCachedEmbeddingModel(choice.load());
        long loadMillis = (System.nanoTime() - loadStart) / 1_000_000;
        long indexStart = System.nanoTime();
        engine(model, choice, Calibration.defaults());
        long indexMillis = (System.nanoTime() - indexStart) / 1_000_000;
        Calibration base = Calibration.defaults();
        Result best = null;
        for (double floor : FLOOR_SHIFTS) {
            for (double ceiling : CEILING_SHIFTS) {
                for (double threshold : THRESHOLDS) {
                    Calibration calibration = new Calibration(base.semanticFloor() + floor + baseShift(choice),
                            base.semanticCeiling() + ceiling + baseShift(choice) / 2, base.semanticWeight(),
                            base.lexicalMargin(), threshold);
                    Engine engine = engine(model, choice, calibration);
                    Result result = evaluate(choice, calibration, engine, sets, loadMillis, indexMillis);
                    System.out.printf(Locale.ROOT, "  %s %s: %d/%d%n", choice.id(), calibration, result.passed(), result.cases());
                    if (best == null || result.passed() > best.passed()) {
                        best = result;
                    }
                }
            }
        }
        return timed(best, engine(model, rawQuestions(model), choice, best.calibration()), sets);
    }

    /** Where a model's cosines sit: the multilingual-free small models differ in how close unrelated texts come out. */
    private static double baseShift(EmbeddingChoice choice) {
        return switch (choice) {
            case ALL_MINILM_L6_V2_Q -> 0;
            case BGE_SMALL_EN_V15_Q -> 0.2;
            case E5_SMALL_V2_Q -> 0.3;
        };
    }

    private record Engine(AnswerService service, KnowledgeBase knowledge) {
    }

    private static Engine engine(EmbeddingModel model, EmbeddingChoice choice, Calibration calibration) {
        return engine(model, model, choice, calibration);
    }

    /** The model without the question cache: timing must pay for embedding every question once. */
    private static EmbeddingModel rawQuestions(EmbeddingModel cached) {
        return ((MemoryCachedEmbeddingModel) cached).delegate();
    }

    private static Engine engine(EmbeddingModel passages, EmbeddingModel questions, EmbeddingChoice choice,
                                 Calibration calibration) {
        Clock clock = Clock.systemUTC();
        KnowledgeProperties properties = KnowledgeProperties.of(KNOWLEDGE, PROMPTS);
        KnowledgeLoader loader = new KnowledgeLoader(clock, new KnowledgeValidator(clock, Duration.ofDays(3650)));
        CurrentKnowledge knowledge = new CurrentKnowledge(properties, loader, new SnapshotFactory(passages, questions, calibration, choice));
        knowledge.reload();
        AnswerService service = new AnswerService(knowledge, new SessionStore(Duration.ofMinutes(30), Ticker.systemTicker()),
                new ExtractiveComposer(), List.of());
        return new Engine(service, knowledge.get().knowledge());
    }

    private static Result evaluate(EmbeddingChoice choice, Calibration calibration, Engine engine, List<EvalSet> sets,
                                   long loadMillis, long indexMillis) {
        int passed = 0;
        int cases = 0;
        int frenchPassed = 0;
        int frenchCases = 0;
        for (EvalSet set : sets) {
            EvalReport report = new EvalRunner(engine.service()::answer, engine.knowledge()).run(set);
            for (EvalReport.CaseResult result : report.results()) {
                cases++;
                passed += result.passed() ? 1 : 0;
                if (result.evalCase().language() == Language.FR) {
                    frenchCases++;
                    frenchPassed += result.passed() ? 1 : 0;
                }
            }
        }
        return new Result(choice, calibration, passed, cases, frenchPassed, frenchCases, 0, 0, loadMillis, indexMillis, 0);
    }

    /**
     * The answer latency over every development question, each embedded anew (warmed up on other
     * texts first), and the heap in use.
     */
    private static Result timed(Result best, Engine engine, List<EvalSet> sets) {
        List<String> questions = sets.stream().flatMap(s -> s.cases().stream())
                .flatMap(c -> c.turns().stream().map(EvalCase.Turn::ask)).toList();
        questions.stream().limit(100).forEach(q -> engine.service().answer(Question.of(q + " ?", null, Channel.EVALUATION)));
        List<Double> millis = new ArrayList<>();
        for (String question : questions) {
            long start = System.nanoTime();
            engine.service().answer(Question.of(question, null, Channel.EVALUATION));
            millis.add((System.nanoTime() - start) / 1e6);
        }
        millis.sort(Comparator.naturalOrder());
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        long heapMb = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
        return new Result(best.choice(), best.calibration(), best.passed(), best.cases(), best.frenchPassed(),
                best.frenchCases(), percentile(millis, 0.5), percentile(millis, 0.99), best.loadMillis(),
                best.indexMillis(), heapMb);
    }

    private static double percentile(List<Double> sorted, double share) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(share * sorted.size()) - 1));
    }
}
