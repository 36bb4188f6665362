package qc.alubot.maintenance;

import com.github.benmanes.caffeine.cache.Ticker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import qc.alubot.answer.AnswerService;
import qc.alubot.answer.CurrentKnowledge;
import qc.alubot.answer.ExtractiveComposer;
import qc.alubot.answer.SessionStore;
import qc.alubot.answer.SnapshotFactory;
import qc.alubot.answer.TestEngine;
import qc.alubot.conversation.Answer;
import qc.alubot.conversation.Channel;
import qc.alubot.conversation.Question;
import qc.alubot.knowledge.KnowledgeLoader;
import qc.alubot.knowledge.KnowledgeProperties;
import qc.alubot.knowledge.KnowledgeValidator;
import qc.alubot.retrieval.Calibration;
import qc.alubot.retrieval.DiskCachedEmbeddingModel;

/**
 * A copy of the project's knowledge and prompts in a temporary folder, served by a full answer
 * engine with its watcher, as a running bot would be: tests edit the files like a maintainer.
 */
final class LiveKnowledge implements AutoCloseable {

    final Path knowledgeDir;
    final Path promptsDir;
    final Path cacheFile;
    final CountingEmbeddingModel model = new CountingEmbeddingModel(TestEngine.model());
    final DiskCachedEmbeddingModel diskCache;
    final CurrentKnowledge knowledge;
    final AnswerService answers;
    private final KnowledgeWatcher watcher;

    LiveKnowledge(Path root) {
        knowledgeDir = copy(TestEngine.KNOWLEDGE, root.resolve("knowledge"));
        promptsDir = copy(TestEngine.PROMPTS, root.resolve("prompts"));
        cacheFile = root.resolve("data/embeddings.bin");
        diskCache = new DiskCachedEmbeddingModel(model, "test-model", cacheFile);
        knowledge = newKnowledge(diskCache);
        knowledge.reload();
        answers = new AnswerService(knowledge, new SessionStore(Duration.ofMinutes(30), Ticker.systemTicker()),
                new ExtractiveComposer(), List.of());
        watcher = new KnowledgeWatcher(List.of(knowledgeDir, promptsDir), Duration.ofMillis(100), knowledge).start();
    }

    /** Another engine over the same folders and cache file: what a restart would build. */
    CurrentKnowledge restart(CountingEmbeddingModel counting) {
        diskCache.flush();
        CurrentKnowledge restarted = newKnowledge(new DiskCachedEmbeddingModel(counting, "test-model", cacheFile));
        restarted.reload();
        return restarted;
    }

    private CurrentKnowledge newKnowledge(DiskCachedEmbeddingModel passages) {
        KnowledgeProperties properties = KnowledgeProperties.of(knowledgeDir, promptsDir);
        KnowledgeLoader loader = new KnowledgeLoader(TestEngine.CLOCK, new KnowledgeValidator(TestEngine.CLOCK, properties.reviewAge()));
        return new CurrentKnowledge(properties, loader, new SnapshotFactory(passages, TestEngine.model(), Calibration.defaults()));
    }

    Answer ask(String question) {
        return answers.answer(Question.of(question, null, Channel.EVALUATION));
    }

    String version() {
        return knowledge.get().version();
    }

    void edit(String relativePath, String from, String to) {
        Path file = knowledgeDir.resolve(relativePath);
        try {
            String text = Files.readString(file);
            if (!text.contains(from)) {
                throw new IllegalArgumentException(relativePath + " has no '" + from + "'");
            }
            Files.writeString(file, text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path copy(Path from, Path to) {
        try {
            SyntheticKnowledge.copy(from, to);
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        watcher.close();
    }
}
