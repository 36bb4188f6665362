package qc.alubot.llm;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * True when {@code bot.llm.base-url} has text. {@code @ConditionalOnProperty} would not do:
 * application.yml always defines the property, empty when {@code BOT_LLM_BASE_URL} is unset.
 */
final class LlmConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return StringUtils.hasText(context.getEnvironment().getProperty("bot.llm.base-url"));
    }
}
