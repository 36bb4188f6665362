package qc.alubot.llm;

import jakarta.validation.constraints.AssertTrue;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The optional LLM that rewrites retrieval answers. Off while {@code baseUrl} is blank.
 *
 * @param baseUrl        an OpenAI-compatible endpoint ({@code BOT_LLM_BASE_URL}), e.g.
 *                       {@code https://api.openai.com/v1} or a local Ollama's {@code http://localhost:11434/v1}
 * @param apiKey         sent as a bearer token ({@code BOT_LLM_API_KEY}); local servers need none
 * @param model          the model name the endpoint serves ({@code BOT_LLM_MODEL}); required when on
 * @param timeout        the longest an investor waits for the LLM, retries included, before the
 *                       extractive answer is sent ({@code BOT_LLM_TIMEOUT}): 10 s is about as long
 *                       as a chat user waits without wondering whether the bot is broken
 * @param retries        further attempts after a 429 or 5xx ({@code BOT_LLM_RETRIES}): two ride
 *                       out a brief overload and still fit in the timeout with the back-off below
 * @param backoff        the pause before the first retry, doubled before each next one
 *                       ({@code BOT_LLM_BACKOFF}): 500 ms lets a rate-limit window pass
 * @param failuresToOpen consecutive failed calls that open the circuit ({@code BOT_LLM_FAILURES_TO_OPEN}):
 *                       five in a row means the endpoint is down, not a blip
 * @param openFor        how long an open circuit sends extractive answers at once, without calling,
 *                       before one trial call ({@code BOT_LLM_OPEN_FOR}): 30 s spares investors
 *                       a timeout each while an outage lasts, and notices recovery soon
 * @param maxConcurrent  calls in flight at once ({@code BOT_LLM_MAX_CONCURRENT}); more questions
 *                       get the extractive answer at once, so a slow endpoint cannot pile up threads
 * @param cacheSize      LLM verdicts remembered ({@code BOT_LLM_CACHE_SIZE}): investors ask the same
 *                       few hundred questions; 10,000 short texts are a few megabytes
 * @param cacheTtl       how long one is remembered ({@code BOT_LLM_CACHE_TTL}): a day, so a new
 *                       model shows within a day (a knowledge or prompt change shows at once)
 */
@Validated
@ConfigurationProperties("bot.llm")
public record LlmProperties(String baseUrl, String apiKey, String model, Duration timeout, Integer retries,
                            Duration backoff, Integer failuresToOpen, Duration openFor, Integer maxConcurrent,
                            Integer cacheSize, Duration cacheTtl) {

    public LlmProperties {
        baseUrl = baseUrl == null ? "" : baseUrl.strip();
        apiKey = apiKey == null ? "" : apiKey.strip();
        model = model == null ? "" : model.strip();
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        retries = retries == null ? 2 : retries;
        backoff = backoff == null ? Duration.ofMillis(500) : backoff;
        failuresToOpen = failuresToOpen == null ? 5 : failuresToOpen;
        openFor = openFor == null ? Duration.ofSeconds(30) : openFor;
        maxConcurrent = maxConcurrent == null ? 8 : maxConcurrent;
        cacheSize = cacheSize == null ? 10_000 : cacheSize;
        cacheTtl = cacheTtl == null ? Duration.ofDays(1) : cacheTtl;
    }

    /** Checked when the properties are bound, so a bad start-up ends with this message, not a stack trace. */
    @AssertTrue(message = "BOT_LLM_BASE_URL is set but BOT_LLM_MODEL is not: set it to the model the endpoint serves "
            + "(e.g. gpt-4o-mini for OpenAI, llama3.1 for Ollama), or unset BOT_LLM_BASE_URL to answer without an LLM")
    public boolean isModelNamed() {
        return !model.isEmpty();
    }

    @AssertTrue(message = "BOT_LLM_TIMEOUT must be positive, BOT_LLM_RETRIES at least 0, BOT_LLM_FAILURES_TO_OPEN, "
            + "BOT_LLM_MAX_CONCURRENT and BOT_LLM_CACHE_SIZE at least 1")
    public boolean isInRange() {
        return !timeout.isNegative() && !timeout.isZero() && retries >= 0 && failuresToOpen >= 1 && maxConcurrent >= 1 && cacheSize >= 1;
    }

    @Override
    public String toString() {
        return "LlmProperties[baseUrl=" + baseUrl + ", apiKey=" + (apiKey.isEmpty() ? "(none)" : "(set, hidden)")
                + ", model=" + model + ", timeout=" + timeout + ", retries=" + retries + ", backoff=" + backoff
                + ", failuresToOpen=" + failuresToOpen + ", openFor=" + openFor + ", maxConcurrent=" + maxConcurrent
                + ", cacheSize=" + cacheSize + ", cacheTtl=" + cacheTtl + "]";
    }
}
