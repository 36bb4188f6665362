package qc.alubot.llm;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import qc.alubot.answer.Composer;
import qc.alubot.answer.ExtractiveComposer;

/**
 * Puts the LLM composer together in the one order that works: cache, then circuit breaker
 * (it sees a timeout as a failure), then time limit (it bounds the retries too), then retries,
 * then the model, each of whose calls is counted. Spring and the tests assemble it the same way.
 */
final class LlmStack {

    /** Answers are restatements of passages: no creativity wanted. */
    private static final double TEMPERATURE = 0.0;
    /** About 400 words: room for a direct answer and two paragraphs, never a report. */
    private static final int MAX_ANSWER_TOKENS = 600;

    private LlmStack() {
    }

    /** The OpenAI-compatible model; its own retries are off, since {@link RetryingPort} does them within the budget. */
    static ChatModel openAi(LlmProperties properties) {
        return OpenAiChatModel.builder()
                .baseUrl(properties.baseUrl())
                .apiKey(properties.apiKey().isEmpty() ? "none" : properties.apiKey())
                .modelName(properties.model())
                .temperature(TEMPERATURE)
                .maxTokens(MAX_ANSWER_TOKENS)
                .timeout(properties.timeout())
                .maxRetries(0)
                .logRequests(false)
                .logResponses(false)
                .build();
    }

    static Composer composer(LlmProperties properties, ChatModel model, Clock clock, Ticker ticker, Sleeper sleeper,
                             ExecutorService workers) {
        return composer(properties, model, clock, ticker, sleeper, workers, new LlmCounts());
    }

    static Composer composer(LlmProperties properties, ChatModel model, Clock clock, Ticker ticker, Sleeper sleeper,
                             ExecutorService workers, LlmCounts counts) {
        ChatPort port = new CountingPort(new ChatModelPort(model), counts);
        port = new RetryingPort(port, properties, clock, sleeper);
        port = new TimeLimitedPort(port, workers, properties.timeout());
        port = new CircuitBreakerPort(port, properties, clock);
        return new LlmComposer(new ExtractiveComposer(), port, new AnswerCache(properties, ticker), properties.model(), counts);
    }
}
