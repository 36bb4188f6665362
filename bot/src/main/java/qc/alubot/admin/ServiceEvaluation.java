package qc.alubot.admin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import qc.alubot.answer.AnswerService;
import qc.alubot.answer.CurrentKnowledge;
import qc.alubot.answer.KnowledgeListener;
import qc.alubot.eval.EvalCase;
import qc.alubot.eval.EvalReport;
import qc.alubot.eval.EvalRunner;
import qc.alubot.eval.EvalSet;
import qc.alubot.knowledge.LoadResult;

/**
 * Runs the evaluation set against each knowledge version put in service, on a background thread
 * of low priority, off the answering threads: the knowledge page then shows how the version in
 * service does, per category. A run whose version was replaced before it ended is run again for
 * the new one. Evaluation questions are neither recorded nor counted in the answer metrics.
 */
public class ServiceEvaluation implements KnowledgeListener, ApplicationListener<ApplicationReadyEvent>, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ServiceEvaluation.class);

    /** What the knowledge page shows. */
    public enum State { MISSING, RUNNING, DONE, FAILED }

    /** The evaluation's state for the version in service. */
    public record Status(State state, Path folder, String version, EvalReport report, Instant finishedAt, String error) {
    }

    private final AnswerService answers;
    private final CurrentKnowledge knowledge;
    private final Path folder;
    private final Clock clock;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread evaluator = new Thread(runnable, "knowledge-evaluation");
        evaluator.setDaemon(true);
        evaluator.setPriority(Thread.MIN_PRIORITY);
        return evaluator;
    });
    private final AtomicReference<Status> last = new AtomicReference<>();

    public ServiceEvaluation(AnswerService answers, CurrentKnowledge knowledge, Path folder, Clock clock) {
        this.answers = answers;
        this.knowledge = knowledge;
        this.folder = folder.toAbsolutePath().normalize();
        this.clock = clock;
    }

    /** Once the bot is up (start-up keeps both cores): evaluates the version in service, and every one installed later. */
    @Override
    public void onApplicationEvent(ApplicationReadyEvent ready) {
        knowledge.addListener(this);
        thread.execute(this::evaluate);
    }

    @Override
    public void loaded(LoadResult result, boolean installed) {
        if (installed) {
            thread.execute(this::evaluate);
        }
    }

    /** Where the evaluation of the version in service stands. */
    public Status status() {
        String version = knowledge.get().version();
        Status status = last.get();
        if (status != null && status.state() == State.MISSING) {
            return status;
        }
        return status != null && version.equals(status.version()) ? status
                : new Status(State.RUNNING, folder, version, null, null, null);
    }

    /** Runs the set on this thread; returns the status it ends in. */
    Status evaluate() {
        String version = knowledge.get().version();
        Status status = last.get();
        if (status != null && status.state() == State.DONE && version.equals(status.version())) {
            return status; // asked twice for the same version
        }
        try {
            List<Path> files = files();
            status = files.isEmpty() ? new Status(State.MISSING, folder, version, null, null, null)
                    : run(files, version);
        } catch (IOException | RuntimeException e) {
            log.warn("The evaluation of knowledge version {} could not run: {}", version, e.getMessage());
            status = new Status(State.FAILED, folder, version, null, clock.instant(), e.getMessage());
        }
        if (version.equals(knowledge.get().version())) {
            last.set(status);
        }
        return status;
    }

    private Status run(List<Path> files, String version) throws IOException {
        List<EvalCase> cases = new ArrayList<>();
        for (Path file : files) {
            EvalSet set = EvalSet.read(file);
            if (!set.heldOut()) { // a held-out set's failures are for no one to read, not even here
                cases.addAll(set.cases());
            }
        }
        EvalSet all = new EvalSet(folder, "development", EvalReport.PASS_THRESHOLD, 0, 1.0, cases);
        EvalReport report = new EvalRunner(answers::answer, knowledge.get().knowledge()).run(all);
        log.info("Knowledge version {} evaluated: {}/{} cases pass ({} %)", version,
                report.results().size() - report.failures().size(), report.results().size(),
                Math.round(100 * report.passRate()));
        return new Status(State.DONE, folder, version, report, clock.instant(), null);
    }

    private List<Path> files() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> listed = Files.list(folder)) {
            return listed.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
