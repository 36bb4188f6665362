package qc.alubot.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static qc.alubot.llm.ChatEndpoint.completion;
import static qc.alubot.llm.ChatEndpoint.error;
import static qc.alubot.llm.LlmComposerTest.SMELTERS;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import qc.alubot.conversation.Answer;

/**
 * Every way the endpoint can fail ends in the extractive answer, never an error, within the
 * timeout; a failing endpoint is left alone for a while. Back-off pauses are recorded, not
 * slept, and the circuit breaker's clock is moved by hand.
 */
class LlmResilienceTest extends AgainstChatEndpoint {

    /** Answered by retrieval, so worded by the model when it works (counts come word for word from figures.yaml). */
    static final List<String> OTHER_QUESTIONS = List.of("What is the mission of Aluminium Valley Society?",
            "What is AluQuébec?", "What is the vision of Aluminium Valley Society?");

    @RegisterExtension
    static WireMockExtension server = ChatEndpoint.server();

    @Override
    WireMockExtension server() {
        return server;
    }

    private Answer fellBack(String question, String why) {
        Answer answer = llm.ask(question);
        assertThat(answer.body()).isEqualTo(extractive(question));
        assertThat(answer.route().id()).isEqualTo("retrieval");
        assertThat(answer.note()).contains("LLM not used: " + why, "extractive answer sent");
        return answer;
    }

    @Nested
    class Failures {

        @Test
        void falls_back_within_the_timeout_when_the_endpoint_is_slow() {
            Duration delay = Duration.ofSeconds(3);
            endpoint.replies(completion("grounded-smelters-en.json").withFixedDelay((int) delay.toMillis()));
            try (LlmHarness impatient = LlmHarness.openAi(LlmHarness.properties(endpoint.baseUrl(), Duration.ofMillis(300)))) {
                long start = System.nanoTime();
                Answer answer = impatient.ask(SMELTERS);
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(delay);
                assertThat(answer.body()).isEqualTo(extractive(SMELTERS));
                assertThat(answer.note()).contains("LLM not used: no reply within the timeout");
            }
        }

        @Test
        void retries_after_a_429_with_a_pause_and_uses_the_answer() {
            endpoint.repliesInTurn(error(429, "rate-limited.json"), completion("grounded-smelters-en.json"));
            assertThat(llm.ask(SMELTERS).note()).contains("passed the grounding guard");
            assertThat(endpoint.calls()).isEqualTo(2);
            assertThat(llm.pauses).containsExactly(Duration.ofMillis(500));
        }

        @Test
        void gives_up_after_repeated_429s_with_doubling_pauses() {
            endpoint.replies(error(429, "rate-limited.json"));
            fellBack(SMELTERS, "rate-limited by the endpoint (HTTP 429)");
            assertThat(endpoint.calls()).isEqualTo(3);
            assertThat(llm.pauses).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
        }

        @Test
        void falls_back_on_a_500_after_the_retries() {
            endpoint.replies(error(500, "server-error.json"));
            fellBack(SMELTERS, "server error at the endpoint (HTTP 5xx)");
            assertThat(endpoint.calls()).isEqualTo(3);
        }

        @Test
        void falls_back_on_malformed_json_without_retrying() {
            endpoint.replies(completion("malformed.json"));
            fellBack(SMELTERS, "reply not understood");
            assertThat(endpoint.calls()).isOne();
        }

        @Test
        void falls_back_on_a_completion_without_choices() {
            endpoint.replies(completion("empty-choices.json"));
            fellBack(SMELTERS, "empty reply");
            assertThat(endpoint.calls()).isOne();
        }

        @Test
        void falls_back_on_a_refused_key_without_retrying_and_says_what_to_check() {
            endpoint.replies(error(401, "unauthorized.json"));
            fellBack(SMELTERS, "request refused by the endpoint (HTTP 4xx): check BOT_LLM_API_KEY");
            assertThat(endpoint.calls()).isOne();
        }

        @Test
        void falls_back_when_nothing_listens_at_the_address() throws IOException {
            int closedPort;
            try (ServerSocket socket = new ServerSocket(0)) {
                closedPort = socket.getLocalPort();
            }
            try (LlmHarness nowhere = LlmHarness.openAi(LlmHarness.properties(
                    "http://127.0.0.1:" + closedPort + "/v1", LlmHarness.TIMEOUT))) {
                assertThat(nowhere.ask(SMELTERS).note()).contains("LLM not used: endpoint unreachable");
            }
        }
    }

    @Nested
    class CircuitBreaker {

        /** Three questions, each failing after its retries: the circuit opens (threshold 3 in the harness). */
        private void failThreeTimes() {
            endpoint.replies(error(500, "server-error.json"));
            OTHER_QUESTIONS.forEach(question -> fellBack(question, "server error"));
            assertThat(endpoint.calls()).isEqualTo(9);
        }

        @Test
        void opens_after_consecutive_failures_and_stops_calling_the_endpoint() {
            failThreeTimes();
            endpoint.replies(completion("grounded-smelters-en.json"));
            fellBack(SMELTERS, "not called: the circuit is open");
            llm.clock.advance(Duration.ofSeconds(29));
            fellBack(SMELTERS, "not called: the circuit is open");
            assertThat(endpoint.calls()).isEqualTo(9);
        }

        @Test
        void closes_when_a_trial_call_succeeds_after_the_open_spell() {
            failThreeTimes();
            endpoint.replies(completion("grounded-smelters-en.json"));
            llm.clock.advance(Duration.ofSeconds(30));
            assertThat(llm.ask(SMELTERS).note()).contains("passed the grounding guard");
            assertThat(llm.ask(LlmComposerTest.SMELTERS_FR).note()).contains("LLM answer refused");
            assertThat(endpoint.calls()).isEqualTo(11);
        }

        @Test
        void opens_again_at_once_when_the_trial_call_fails() {
            failThreeTimes();
            llm.clock.advance(Duration.ofSeconds(30));
            fellBack(SMELTERS, "server error");
            fellBack(SMELTERS, "not called: the circuit is open");
            assertThat(endpoint.calls()).isEqualTo(12);
        }

        @Test
        void does_not_count_a_refused_answer_as_a_failure() {
            endpoint.replies(completion("invented-figure-smelters.json"));
            OTHER_QUESTIONS.forEach(llm::ask);
            llm.ask(SMELTERS);
            assertThat(endpoint.calls()).isEqualTo(4);
        }
    }
}
