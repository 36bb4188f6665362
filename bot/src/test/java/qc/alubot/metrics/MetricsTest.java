package qc.alubot.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import qc.alubot.answer.AnswerService;
import qc.alubot.answer.CurrentKnowledge;
import qc.alubot.answer.TestEngine;
import qc.alubot.conversation.Channel;
import qc.alubot.conversation.Question;
import qc.alubot.knowledge.LoadResult;
import qc.alubot.knowledge.Problem;

class MetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Nested
    class Answers {

        private final AnswerService answers = TestEngine.shared().serviceTelling(new AnswerMetrics(registry));

        @Test
        void counts_answers_by_route_outcome_language_and_channel_and_times_them() {
            answers.answer(Question.of("How many smelters are there in Québec?", "s1", Channel.HTTP));
            answers.answer(Question.of("Quel temps fera-t-il demain ?", "s2", Channel.TELEGRAM));
            assertThat(registry.get("bot.answers").tags("route", "figure", "outcome", "answered", "language", "en",
                    "channel", "http").counter().count()).isEqualTo(1);
            assertThat(registry.get("bot.answers").tags("outcome", "declined", "language", "fr", "channel", "telegram")
                    .counter().count()).isEqualTo(1);
            assertThat(registry.get("bot.answer.latency").tags("channel", "http").timer().count()).isEqualTo(1);
            assertThat(registry.get("bot.answer.latency").tags("channel", "http").timer().totalTime(TimeUnit.NANOSECONDS))
                    .isPositive();
        }

        @Test
        void leaves_evaluation_and_trial_questions_out() {
            answers.answer(Question.of("How many smelters are there in Québec?", "e1", Channel.EVALUATION));
            assertThat(registry.find("bot.answers").counters()).isEmpty();
        }
    }

    @Nested
    class Knowledge {

        private final CurrentKnowledge knowledge = mock(CurrentKnowledge.class);
        private final KnowledgeMeters meters = new KnowledgeMeters(knowledge);

        @Test
        void counts_reloads_by_result_and_flags_a_refused_edit() {
            LoadResult refused = new LoadResult(Optional.empty(), List.of(Problem.error("x.md", 1, "broken")),
                    TestEngine.CLOCK.instant());
            given(knowledge.lastLoad()).willReturn(Optional.of(refused));
            meters.bindTo(registry);
            assertThat(registry.get("bot.knowledge.reloads").tag("result", "refused").counter().count()).isZero();

            meters.loaded(refused, false);
            meters.loaded(new LoadResult(Optional.of(TestEngine.shared().snapshot().knowledge()), List.of(),
                    TestEngine.CLOCK.instant()), true);
            assertThat(registry.get("bot.knowledge.reloads").tag("result", "refused").counter().count()).isEqualTo(1);
            assertThat(registry.get("bot.knowledge.reloads").tag("result", "installed").counter().count()).isEqualTo(1);
            assertThat(registry.get("bot.knowledge.last.load.refused").gauge().value()).isEqualTo(1.0);
        }
    }
}
