package qc.alubot.llm;

import com.github.benmanes.caffeine.cache.Ticker;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import qc.alubot.answer.Composer;

/**
 * Wires the LLM composer when {@code BOT_LLM_BASE_URL} is set; without it this configuration
 * does nothing and the extractive composer answers alone. {@link Primary} rather than relying
 * on the order in which configurations are read.
 */
@Configuration
@Conditional(LlmConfigured.class)
@EnableConfigurationProperties(LlmProperties.class)
class LlmConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LlmConfiguration.class);

    @Bean(destroyMethod = "shutdownNow")
    ExecutorService llmWorkers(LlmProperties properties) {
        return TimeLimitedPort.workers(properties.maxConcurrent());
    }

    @Bean
    LlmCounts llmCounts() {
        return new LlmCounts();
    }

    /** What monitoring sees of the LLM: calls to the model, failed ones, and replies the guard refused. */
    @Bean
    MeterBinder llmMeters(LlmCounts counts) {
        return registry -> {
            FunctionCounter.builder("bot.llm.calls", counts, LlmCounts::calls)
                    .description("Calls to the LLM endpoint, retries included").register(registry);
            FunctionCounter.builder("bot.llm.call.failures", counts, LlmCounts::failedCalls)
                    .description("Calls that failed: timeout, 429, 5xx, refused key, unreadable reply").register(registry);
            FunctionCounter.builder("bot.llm.guard.refusals", counts, LlmCounts::refusals)
                    .description("LLM replies refused by the grounding guard (the extractive answer was sent)")
                    .register(registry);
        };
    }

    @Bean
    @Primary
    Composer llmComposer(LlmProperties properties, Clock clock, Ticker ticker, ExecutorService llmWorkers,
                         LlmCounts counts) {
        log.info("LLM answers on: model {} at {} (timeout {}); every answer passes the grounding guard, else the "
                + "extractive answer is sent", properties.model(), properties.baseUrl(), properties.timeout().toMillis() + " ms");
        return LlmStack.composer(properties, LlmStack.openAi(properties), clock, ticker, Sleeper.REAL, llmWorkers, counts);
    }
}
