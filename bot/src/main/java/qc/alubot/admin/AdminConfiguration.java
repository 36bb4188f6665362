package qc.alubot.admin;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import qc.alubot.answer.AnswerService;
import qc.alubot.answer.CurrentKnowledge;

/**
 * Binds the staff pages' settings in every mode: the page controllers exist even when the bot
 * runs without a web server ({@code chat}, {@code bench}), where {@link AdminSecurity} does not.
 * The evaluation of the knowledge in service runs only while serving.
 */
@Configuration
@EnableConfigurationProperties({AdminProperties.class, EvaluationProperties.class})
class AdminConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "bot.mode", havingValue = "serve", matchIfMissing = true)
    @ConditionalOnProperty(name = "bot.evaluation.in-service", havingValue = "true", matchIfMissing = true)
    ServiceEvaluation serviceEvaluation(AnswerService answers, CurrentKnowledge knowledge, EvaluationProperties properties,
                                        Clock clock) {
        return new ServiceEvaluation(answers, knowledge, properties.dir(), clock);
    }
}
