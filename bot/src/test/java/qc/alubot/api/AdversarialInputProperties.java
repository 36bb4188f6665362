package qc.alubot.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.springframework.http.MediaType;
import org.springframework.http.converter.StringHttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import qc.alubot.answer.AnswerListener;
import qc.alubot.answer.AnswerService;
import qc.alubot.answer.TestEngine;
import qc.alubot.conversation.Answer;
import qc.alubot.conversation.Channel;
import qc.alubot.conversation.Question;
import qc.alubot.logbook.Logbook;
import qc.alubot.logbook.LogbookFixture;

/**
 * Whatever anyone types, through the answer service and through the HTTP API: an answer or a 400,
 * never a failure, always recorded, and within the time budget. The budget is in CPU time of the
 * answering thread, so a busy machine does not fail it; it is far above a normal answer (a few
 * milliseconds) and far below what an unbounded step costs on such text (seconds, or a stack overflow).
 */
class AdversarialInputProperties {

    /** The most one answer may cost, in CPU time. */
    static final Duration TIME_BUDGET = Duration.ofMillis(500);

    /** A quarter of a web server thread's stack: recursion that grows with the text fails here well before it would there. */
    private static final long SERVER_THREAD_STACK = 256 * 1024;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static Duration worst = Duration.ZERO;
    private static final List<Answer> told = Collections.synchronizedList(new ArrayList<>());
    private static final LogbookFixture logbookDatabase = LogbookFixture.inMemory();
    private static final Logbook logbook = logbookDatabase.logbook(10_000, true);
    private static final AnswerService answers = TestEngine.shared()
            .serviceTelling((AnswerListener) (question, answer, latency) -> told.add(answer), logbook);
    private static final ObjectMapper json = new ObjectMapper();
    private static final MockMvc api = MockMvcBuilders.standaloneSetup(new AskController(answers, json))
            .setControllerAdvice(new ApiErrors())
            .setMessageConverters(new StringHttpMessageConverter(StandardCharsets.UTF_8), new MappingJackson2HttpMessageConverter(json))
            .build();

    @Property(tries = 250)
    void the_answer_service_answers_anything_within_its_time_budget_and_tells_its_listeners(@ForAll("hostileText") String text)
            throws Exception {
        int before = told.size();
        long[] cpu = new long[1];
        Answer answer = onServerThread(() -> {
            long start = CPU.getCurrentThreadCpuTime();
            Answer given = answers.answer(Question.of(text, "property-session", Channel.HTTP));
            cpu[0] = CPU.getCurrentThreadCpuTime() - start;
            return given;
        });
        Duration spent = Duration.ofNanos(cpu[0]);
        worst = worst.compareTo(spent) < 0 ? spent : worst;

        assertThat(answer.text()).isNotBlank();
        assertThat(spent).as("CPU time for a text of %d characters", text.length()).isLessThan(TIME_BUDGET);
        assertThat(told).hasSize(before + 1);
        assertThat(logbook.flush()).as("recorded").isTrue();
        assertThat(logbookDatabase.conversations().transcript(answer.id())).isPresent();
    }

    @Property(tries = 150)
    void the_api_answers_any_question_or_refuses_it_with_400_and_records_what_it_answers(@ForAll("hostileText") String text)
            throws Exception {
        MockHttpServletResponse response = ask(json.writeValueAsBytes(Map.of("question", text, "sessionId", "property")));
        assertThat(response.getStatus()).as(response.getContentAsString()).isIn(200, 400);
        JsonNode body = json.readTree(response.getContentAsByteArray());
        if (response.getStatus() == 400) {
            assertThat(body.get("error").asText()).isNotBlank();
            return;
        }
        assertThat(logbook.flush()).isTrue();
        assertThat(logbookDatabase.conversations().transcript(body.get("exchangeId").asText())).isPresent();
    }

    @Property(tries = 150)
    void the_api_refuses_any_malformed_body_with_400(@ForAll("malformedBodies") byte[] body) throws Exception {
        MockHttpServletResponse response = ask(body);
        assertThat(response.getStatus()).as(response.getContentAsString()).isIn(200, 400);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("com.fasterxml", "java.", "Exception");
    }

    private static MockHttpServletResponse ask(byte[] body) throws Exception {
        return onServerThread(() -> api.perform(post("/api/ask").contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse());
    }

    /**
     * Runs on a thread with a small stack (a web server thread has 1 MB, the test runner's main thread
     * eight), so that a regular expression that recurses once per repetition overflows here.
     */
    private static <T> T onServerThread(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(null, task, "answer-under-test", SERVER_THREAD_STACK);
        thread.start();
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw new AssertionError("failed with " + e.getCause(), e.getCause());
        }
    }

    @AfterContainer
    static void reportWorstTime() {
        System.out.println("Adversarial text: worst answer CPU time " + worst.toMillis() + " ms (budget "
                + TIME_BUDGET.toMillis() + " ms)");
    }

    @Provide
    Arbitrary<String> hostileText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(4_000),
                Arbitraries.strings().withCharRange('\u0000', '\u001f').withChars(' ', '?', 'a').ofMaxLength(300),
                Arbitraries.strings().withChars('\u200E', '\u200F', '\u202A', '\u202B', '\u202E', '\u2066', '\u2069', 'a', '?', ' ')
                        .ofMaxLength(2_000),
                Arbitraries.strings().alpha().ofMinLength(200).ofMaxLength(4_000),
                Arbitraries.integers().between(1, 2_000).map(n -> "a@a" + ".a".repeat(n) + "!"),
                Arbitraries.integers().between(1, 1_300).map(n -> "(1 " + "1-".repeat(n) + "x"),
                Arbitraries.integers().between(1, 1_900).map(n -> "A ".repeat(n) + "?"),
                Arbitraries.integers().between(1, 1_000).map(n -> "....".repeat(n) + "smelters"),
                words(),
                Arbitraries.of("<script>alert(1)</script> how many smelters?", "**Who** is the [director](http://x)?",
                        "${jndi:ldap://x/a} {{7*7}} %s%n%x", "'; DROP TABLE exchange; --", "/start@OtherBot extra",
                        "Bonjour\u0000, combien d'alumineries ?", "a@a" + ".a".repeat(1_998) + "!", "\uD800 lone \uDC00 surrogates", "😀".repeat(2_000),
                        "e\u0301".repeat(1_500), "١٢٣ \u202Ecombien\u202C ?"));
    }

    /** Real and misspelt words of the domain, and noise, up to the API's limit. */
    private static Arbitrary<String> words() {
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.of("smelter", "smeltres", "aluminium", "alumnium", "recyclers", "Québec", "who", "combien",
                        "director", "AluQuébec", "équipementiers", "2015", "418-669-0003", "jane@example.com"),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12));
        return word.list().ofMinSize(1).ofMaxSize(700).map(list -> {
            String text = String.join(" ", list);
            return text.substring(0, Math.min(text.length(), 4_000));
        });
    }

    @Provide
    Arbitrary<byte[]> malformedBodies() {
        return Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(2_000),
                Arbitraries.of("{", "[", "null", "\"text\"", "{\"question\": 5}", "{\"question\": [\"a\"]}",
                        "{\"question\": null}", "{\"question\": \"x\", \"language\": {}}", "{\"question\": \"x\", \"sessionId\": 7}",
                        "{\"question\": \"\\ud800\"}", "{\"question\": \"x\"} trailing", "[".repeat(5_000), "{\"a\":".repeat(2_000))
                        .map(s -> s.getBytes(StandardCharsets.UTF_8)));
    }
}
