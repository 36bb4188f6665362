package qc.alubot.llm;

import java.time.Instant;
import qc.alubot.MutableClock;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.langchain4j.model.chat.ChatModel;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import qc.alubot.answer.AnswerService;
import qc.alubot.answer.Composer;
import qc.alubot.answer.Evidence;
import qc.alubot.answer.TestEngine;
import qc.alubot.conversation.Answer;
import qc.alubot.conversation.Channel;
import qc.alubot.conversation.Draft;
import qc.alubot.conversation.Question;
import qc.alubot.conversation.SessionState;
import qc.alubot.understanding.Part;
import qc.alubot.understanding.Reader;
import qc.alubot.knowledge.KnowledgeBase;
import qc.alubot.knowledge.Passage;
import qc.alubot.language.Language;

/**
 * The answer service with the LLM composer assembled as in production ({@link LlmStack}),
 * over the project's knowledge, with time in the test's hands: a clock to move, a cache
 * ticker to move, and back-off pauses recorded instead of slept.
 */
final class LlmHarness implements AutoCloseable {

    /** Generous: the first call of a JVM loads the HTTP and JSON classes. */
    static final Duration TIMEOUT = Duration.ofSeconds(5);

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T12:00:00Z"));
    final AtomicLong tickerNanos = new AtomicLong();
    final List<Duration> pauses = new CopyOnWriteArrayList<>();
    private final ExecutorService workers;
    private final Composer composer;
    private final AnswerService service;

    LlmHarness(LlmProperties properties, ChatModel model) {
        this.workers = TimeLimitedPort.workers(properties.maxConcurrent());
        Ticker ticker = tickerNanos::get;
        this.composer = LlmStack.composer(properties, model, clock, ticker, pauses::add, workers);
        this.service = TestEngine.shared().serviceWith(composer);
    }

    /** Against an OpenAI-compatible endpoint, through LangChain4j's client. */
    static LlmHarness openAi(LlmProperties properties) {
        return new LlmHarness(properties, LlmStack.openAi(properties));
    }

    /** The settings tests use: short, known back-off and a circuit that opens after three failures. */
    static LlmProperties properties(String baseUrl, Duration timeout) {
        return new LlmProperties(baseUrl, "sk-test-key", "test-model", timeout, 2, Duration.ofMillis(500), 3,
                Duration.ofSeconds(30), 4, 100, Duration.ofHours(1));
    }

    Answer ask(String text) {
        return ask(text, UUID.randomUUID().toString());
    }

    Answer ask(String text, String session) {
        return service.answer(Question.of(text, session, Channel.EVALUATION));
    }

    AnswerService service() {
        return service;
    }

    /** Composes straight from this passage, whatever retrieval would make of the question. */
    Draft compose(String question, Language language, String passageId) {
        KnowledgeBase knowledge = TestEngine.shared().snapshot().knowledge();
        Passage passage = knowledge.passage(passageId, language).orElseThrow();
        Part part = TestEngine.shared().snapshot().reader().read(question, Reader.Context.none()).first();
        return composer.compose(new Composer.Request(part, language, knowledge, SessionState.fresh()),
                new Evidence(List.of(passage), 1.0, question));
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
