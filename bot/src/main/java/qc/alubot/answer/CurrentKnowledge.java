package qc.alubot.answer;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import qc.alubot.knowledge.KnowledgeBase;
import qc.alubot.knowledge.KnowledgeLoader;
import qc.alubot.knowledge.KnowledgeProperties;
import qc.alubot.knowledge.LoadResult;
import qc.alubot.knowledge.Problem;
import qc.alubot.knowledge.SourceFiles;

/**
 * The knowledge version questions are answered from. A new version is loaded, validated and
 * indexed aside, then swapped in at once; one with errors is refused and the last good one
 * keeps serving.
 */
public class CurrentKnowledge {

    private static final Logger log = LoggerFactory.getLogger(CurrentKnowledge.class);

    private final KnowledgeProperties properties;
    private final KnowledgeLoader loader;
    private final SnapshotFactory factory;
    private final AtomicReference<Snapshot> current = new AtomicReference<>();
    private final AtomicReference<LoadResult> lastLoad = new AtomicReference<>();
    private final List<KnowledgeListener> listeners = new CopyOnWriteArrayList<>();

    public CurrentKnowledge(KnowledgeProperties properties, KnowledgeLoader loader, SnapshotFactory factory) {
        this.properties = properties;
        this.loader = loader;
        this.factory = factory;
    }

    public Snapshot get() {
        Snapshot snapshot = current.get();
        if (snapshot == null) {
            throw new IllegalStateException("knowledge is not loaded yet: call reload() at start-up");
        }
        return snapshot;
    }

    /** The result of the last load attempt, good or refused. */
    public Optional<LoadResult> lastLoad() {
        return Optional.ofNullable(lastLoad.get());
    }

    /** Tells {@code listener} of every later load. */
    public void addListener(KnowledgeListener listener) {
        listeners.add(listener);
    }

    /** Reads the folders again; returns the result, and swaps the new version in if it has no error. */
    public synchronized LoadResult reload() {
        return load(properties.readKnowledge(), properties.readPrompts());
    }

    /** Loads these files; at start-up, falls back to the packaged copy if they are broken. */
    public synchronized LoadResult load(SourceFiles knowledge, SourceFiles prompts) {
        LoadResult result = loader.load(knowledge, prompts);
        lastLoad.set(result);
        if (result.knowledge().isPresent() && isInService(result.knowledge().get())) {
            tell(result, false);
            return result; // saved without a change (or changed back): nothing to rebuild
        }
        result.warnings().forEach(problem -> log.warn("Knowledge warning: {}", problem));
        if (result.knowledge().isPresent()) {
            install(result.knowledge().get());
            tell(result, true);
            return result;
        }
        result.errors().forEach(problem -> log.error("Knowledge error: {}", problem));
        if (current.get() != null) {
            log.error("Knowledge in {} has {} error(s) (listed above): still answering from version {}. Fix the files; "
                    + "they are re-read when saved.", knowledge.label(), result.errors().size(), current.get().version());
            tell(result, false);
        } else {
            startFromPackagedCopy(knowledge, result.errors());
        }
        return result;
    }

    private void tell(LoadResult result, boolean installed) {
        for (KnowledgeListener listener : listeners) {
            try {
                listener.loaded(result, installed);
            } catch (RuntimeException e) {
                log.error("Knowledge listener {} failed; the knowledge load itself is unaffected",
                        listener.getClass().getSimpleName(), e);
            }
        }
    }

    private boolean isInService(KnowledgeBase candidate) {
        Snapshot snapshot = current.get();
        return snapshot != null && snapshot.version().equals(candidate.version().id());
    }

    private void startFromPackagedCopy(SourceFiles broken, List<Problem> errors) {
        SourceFiles knowledge = KnowledgeProperties.bundled(KnowledgeProperties.BUNDLED_KNOWLEDGE, "knowledge");
        SourceFiles prompts = KnowledgeProperties.bundled(KnowledgeProperties.BUNDLED_PROMPTS, "prompts");
        LoadResult packaged = loader.load(knowledge, prompts);
        if (packaged.knowledge().isEmpty() || broken.label().startsWith("(packaged)")) {
            throw new IllegalStateException("Cannot start: the knowledge has " + errors.size()
                    + " error(s), the first being " + errors.get(0) + ". Run 'java -jar investor-bot.jar check' for the full list.");
        }
        log.error("Knowledge in {} has {} error(s) (listed above): starting from the copy packaged in the application "
                + "instead. Fix the files; they are re-read when saved.", broken.label(), errors.size());
        install(packaged.knowledge().get());
    }

    private void install(KnowledgeBase knowledge) {
        long start = System.nanoTime();
        Snapshot snapshot = factory.build(knowledge);
        current.set(snapshot);
        log.info("Knowledge version {} in service: {} passages, {} contacts, {} companies (indexed in {} ms)",
                snapshot.version(), knowledge.passages().size(), knowledge.contacts().size(),
                knowledge.companies().size(), (System.nanoTime() - start) / 1_000_000);
    }
}
