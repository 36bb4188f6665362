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
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
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
 * Whatever anyone types (generated from fixed seeds, plus known attacks), through the answer service and through the HTTP API: an answer or a 400,
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

    @ParameterizedTest(name = "hostile text {index}")
    @MethodSource("hostileText")
    void the_answer_service_answers_anything_within_its_time_budget_and_tells_its_listeners(String text)
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

    @ParameterizedTest(name = "hostile question {index}")
    @MethodSource("hostileTextForTheApi")
    void the_api_answers_any_question_or_refuses_it_with_400_and_records_what_it_answers(String text)
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

    @ParameterizedTest(name = "malformed body {index}")
    @MethodSource("malformedBodies")
    void the_api_refuses_any_malformed_body_with_400(byte[] body) throws Exception {
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

    @AfterAll
    static void reportWorstTime() {
        System.out.println("Adversarial text: worst answer CPU time " + worst.toMillis() + " ms (budget "
                + TIME_BUDGET.toMillis() + " ms)");
    }

    /** Seeded, so a failure is the same on every run and on every machine; the seed is in the test's name. */
    private static final long SEED = 20261129L;

    static Stream<String> hostileText() {
        return texts(new Random(SEED), 250);
    }

    static Stream<String> hostileTextForTheApi() {
        return texts(new Random(SEED + 1), 150);
    }

    private static Stream<String> texts(Random random, int count) {
        List<String> fixed = List.of("<script>alert(1)</script> how many smelters?", "**Who** is the [director](http://x)?",
                "${jndi:ldap://x/a} {{7*7}} %s%n%x", "'; DROP TABLE exchange; --", "/start@OtherBot extra",
                "Bonjour\u0000, combien d'alumineries ?", "a@a" + ".a".repeat(1_998) + "!", "\uD800 lone \uDC00 surrogates",
                "😀".repeat(2_000), "e\u0301".repeat(1_500), "١٢٣ \u202Ecombien\u202C ?");
        List<String> texts = new ArrayList<>(fixed);
        while (texts.size() < count) {
            texts.add(switch (random.nextInt(9)) {
                case 0 -> anyChars(random, random.nextInt(4_001));
                case 1 -> fromChars(random, "\u0000\u0001\u0002\u0007\u0008\t\n\u000b\u000c\r\u001b\u001f ?a", random.nextInt(301));
                case 2 -> fromChars(random, "\u200E\u200F\u202A\u202B\u202E\u2066\u2069a? ", random.nextInt(2_001));
                case 3 -> fromChars(random, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", 200 + random.nextInt(3_801));
                case 4 -> "a@a" + ".a".repeat(1 + random.nextInt(2_000)) + "!";
                case 5 -> "(1 " + "1-".repeat(1 + random.nextInt(1_300)) + "x";
                case 6 -> "A ".repeat(1 + random.nextInt(1_900)) + "?";
                case 7 -> "....".repeat(1 + random.nextInt(1_000)) + "smelters";
                default -> words(random);
            });
        }
        return texts.stream();
    }

    /** Any UTF-16 units, lone surrogates and unassigned code points included. */
    private static String anyChars(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) random.nextInt(Character.MAX_VALUE + 1));
        }
        return text.toString();
    }

    private static String fromChars(Random random, String alphabet, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /** Real and misspelt words of the domain, and noise, up to the API's limit. */
    private static String words(Random random) {
        List<String> known = List.of("smelter", "smeltres", "aluminium", "alumnium", "recyclers", "Québec", "who", "combien",
                "director", "AluQuébec", "équipementiers", "2015", "418-669-0003", "jane@example.com");
        int count = 1 + random.nextInt(700);
        List<String> words = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            words.add(random.nextBoolean() ? known.get(random.nextInt(known.size()))
                    : fromChars(random, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", 1 + random.nextInt(12)));
        }
        String text = String.join(" ", words);
        return text.substring(0, Math.min(text.length(), 4_000));
    }

    static Stream<byte[]> malformedBodies() {
        Random random = new Random(SEED + 2);
        List<byte[]> bodies = new ArrayList<>();
        for (String body : List.of("{", "[", "null", "\"text\"", "{\"question\": 5}", "{\"question\": [\"a\"]}",
                "{\"question\": null}", "{\"question\": \"x\", \"language\": {}}", "{\"question\": \"x\", \"sessionId\": 7}",
                "{\"question\": \"\\ud800\"}", "{\"question\": \"x\"} trailing", "[".repeat(5_000), "{\"a\":".repeat(2_000))) {
            bodies.add(body.getBytes(StandardCharsets.UTF_8));
        }
        while (bodies.size() < 150) {
            byte[] bytes = new byte[random.nextInt(2_001)];
            random.nextBytes(bytes);
            bodies.add(bytes);
        }
        return bodies.stream();
    }
}
