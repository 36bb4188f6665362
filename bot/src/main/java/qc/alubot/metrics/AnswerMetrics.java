package qc.alubot.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import qc.alubot.answer.AnswerListener;
import qc.alubot.conversation.Answer;
import qc.alubot.conversation.Channel;
import qc.alubot.conversation.Question;

/**
 * Counts every answer investors get, by route, outcome, language and channel, and times them.
 * Evaluation and trial questions are left out: they are not investors, and a background
 * evaluation after each knowledge edit would swamp the real figures.
 */
final class AnswerMetrics implements AnswerListener {

    /**
     * Latency buckets of the histogram: extractive answers take milliseconds, LLM answers seconds, and
     * {@code BOT_LLM_TIMEOUT} (10 s by default) caps them; finer buckets would multiply series for nothing.
     */
    static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofMillis(2_500), Duration.ofSeconds(5), Duration.ofSeconds(10)};

    private final MeterRegistry registry;

    AnswerMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void answered(Question question, Answer answer, Duration latency) {
        if (question.channel() == Channel.EVALUATION) {
            return;
        }
        String channel = question.channel().name().toLowerCase(Locale.ROOT);
        Counter.builder("bot.answers").description("Answers given, by route, outcome, language and channel")
                .tag("route", answer.route().id()).tag("outcome", answer.outcome().name().toLowerCase(Locale.ROOT))
                .tag("language", answer.language().code()).tag("channel", channel)
                .register(registry).increment();
        Timer.builder("bot.answer.latency").description("Time from question to answer, by channel")
                .tag("channel", channel).serviceLevelObjectives(BUCKETS)
                .register(registry).record(latency);
    }
}
