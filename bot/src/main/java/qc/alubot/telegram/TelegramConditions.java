package qc.alubot.telegram;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * When the Telegram channel runs: with a token, when the application serves (not in the
 * terminal chat or the benchmark), by webhook when a webhook URL is set, else by long polling.
 */
final class TelegramConditions {

    private TelegramConditions() {
    }

    static boolean enabled(Environment env) {
        String mode = env.getProperty("bot.mode", "serve");
        return hasText(env.getProperty("bot.telegram.token")) && mode.equals("serve");
    }

    static boolean webhook(Environment env) {
        return hasText(env.getProperty("bot.telegram.webhook-url"));
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    static final class On extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return new ConditionOutcome(enabled(context.getEnvironment()), "Telegram token set, serving");
        }
    }

    static final class Off extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return new ConditionOutcome(!enabled(context.getEnvironment()), "no Telegram token, or not serving");
        }
    }

    static final class Webhook extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            Environment env = context.getEnvironment();
            return new ConditionOutcome(enabled(env) && webhook(env), "Telegram by webhook");
        }
    }

    static final class Polling extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            Environment env = context.getEnvironment();
            return new ConditionOutcome(enabled(env) && !webhook(env), "Telegram by long polling");
        }
    }
}
