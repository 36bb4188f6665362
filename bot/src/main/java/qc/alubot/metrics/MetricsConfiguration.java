package qc.alubot.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import qc.alubot.answer.CurrentKnowledge;

/**
 * The bot's own metrics, beside those Spring Boot publishes (JVM, HTTP server, pools): answers,
 * knowledge reloads here; the outbox, the logbook and the LLM step publish theirs from their own
 * configuration. All are read at {@code /actuator/prometheus} (see {@link MetricsSecurity}).
 */
@Configuration
class MetricsConfiguration {

    @Bean
    AnswerMetrics answerMetrics(MeterRegistry registry) {
        return new AnswerMetrics(registry);
    }

    @Bean
    KnowledgeMeters knowledgeMeters(CurrentKnowledge knowledge) {
        return new KnowledgeMeters(knowledge);
    }
}
