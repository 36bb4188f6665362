package qc.alubot.answer;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import qc.alubot.conversation.Answer;
import qc.alubot.conversation.Channel;
import qc.alubot.conversation.Question;
import qc.alubot.knowledge.KnowledgeLoader;
import qc.alubot.knowledge.KnowledgeProperties;
import qc.alubot.knowledge.KnowledgeValidator;
import qc.alubot.retrieval.Calibration;
import qc.alubot.retrieval.MemoryCachedEmbeddingModel;

/**
 * The answer engine over the fixture knowledge (a frozen copy of knowledge/ and prompts/), without
 * Spring: what unit tests of rules, retrieval and answers ask. One shared instance (the model takes a second to load).
 */
public final class TestEngine {

    /** Fixture knowledge, frozen: a maintainer's edit of knowledge/ never breaks a code test. */
    public static final Path KNOWLEDGE = Path.of("../bot/src/test/resources/fixture/knowledge");
    public static final Path PROMPTS = Path.of("../bot/src/test/resources/fixture/prompts");
    /** The project's real knowledge: only the evaluation reads it. */
    public static final Path PROJECT_KNOWLEDGE = Path.of("../knowledge");
    public static final Path PROJECT_PROMPTS = Path.of("../prompts");
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC);
    private static final EmbeddingModel MODEL = new MemoryCachedEmbeddingModel(new AllMiniLmL6V2QuantizedEmbeddingModel());
    private static TestEngine shared;

    private final CurrentKnowledge knowledge;
    private final AnswerService service;

    private TestEngine(Calibration calibration) {
        this(calibration, KNOWLEDGE, PROMPTS);
    }

    private TestEngine(Calibration calibration, Path knowledgeDir, Path promptsDir) {
        KnowledgeProperties properties = KnowledgeProperties.of(knowledgeDir, promptsDir);
        KnowledgeLoader loader = new KnowledgeLoader(CLOCK, new KnowledgeValidator(CLOCK, properties.reviewAge()));
        this.knowledge = new CurrentKnowledge(properties, loader, new SnapshotFactory(MODEL, MODEL, calibration));
        knowledge.reload();
        this.service = new AnswerService(knowledge, new SessionStore(Duration.ofMinutes(30), Ticker.systemTicker()),
                new ExtractiveComposer(), List.of());
    }

    public static synchronized TestEngine shared() {
        if (shared == null) {
            shared = new TestEngine(Calibration.defaults());
        }
        return shared;
    }

    /** An engine over the project's real knowledge/ and prompts/, for the evaluation. */
    public static TestEngine overProjectKnowledge() {
        return new TestEngine(Calibration.defaults(), PROJECT_KNOWLEDGE, PROJECT_PROMPTS);
    }

    /** A separate engine with other calibration constants, for fitting them. */
    public static TestEngine calibratedWith(Calibration calibration) {
        return new TestEngine(calibration);
    }

    public static EmbeddingModel model() {
        return MODEL;
    }

    public AnswerService service() {
        return service;
    }

    /** An answer service over the same knowledge with another composer, and sessions of its own. */
    public AnswerService serviceWith(Composer composer) {
        return new AnswerService(knowledge, new SessionStore(Duration.ofMinutes(30), Ticker.systemTicker()),
                composer, List.of());
    }

    /** A service over the same knowledge that tells these listeners of every answer (e.g. a logbook). */
    public AnswerService serviceTelling(AnswerListener... listeners) {
        return new AnswerService(knowledge, new SessionStore(Duration.ofMinutes(30), Ticker.systemTicker()),
                new ExtractiveComposer(), List.of(listeners));
    }

    public Snapshot snapshot() {
        return knowledge.get();
    }

    /** Asks in a session of its own. */
    public Answer ask(String text) {
        return service.answer(Question.of(text, null, Channel.EVALUATION));
    }

    public Answer ask(String text, String session) {
        return service.answer(Question.of(text, session, Channel.EVALUATION));
    }
}
