package qc.alubot.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static qc.alubot.llm.ChatEndpoint.completion;
import static qc.alubot.llm.ChatEndpoint.error;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import qc.alubot.BotApplication;
import qc.alubot.answer.Composer;

/**
 * The whole application with {@code bot.llm.base-url} pointing at WireMock, as
 * {@code BOT_LLM_BASE_URL} would in production, asked over its HTTP API.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(classes = BotApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"bot.knowledge.dir=../bot/src/test/resources/fixture/knowledge", "bot.knowledge.prompts-dir=../bot/src/test/resources/fixture/prompts",
                "bot.data-dir=target/bot-data", "bot.llm.model=test-model", "bot.llm.api-key=" + LlmWiringTest.KEY,
                "bot.llm.timeout=5s"})
class LlmWiringTest {

    static final String KEY = "sk-wiring-secret-4242";

    @RegisterExtension
    static WireMockExtension server = ChatEndpoint.server();

    @DynamicPropertySource
    static void endpoint(DynamicPropertyRegistry registry) {
        registry.add("bot.llm.base-url", () -> new ChatEndpoint(server).baseUrl());
    }

    @LocalServerPort
    int port;
    @Autowired
    Composer composer;
    @Autowired
    LlmProperties properties;

    private final ChatEndpoint endpoint = new ChatEndpoint(server);
    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    private JsonNode ask(String question) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/ask"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(java.util.Map.of("question", question))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }

    @Test
    void answers_retrieval_questions_with_the_llm_and_rule_questions_without_it() throws Exception {
        endpoint.replies(completion("grounded-smelters-en.json"));
        JsonNode answer = ask(LlmComposerTest.SMELTERS);
        assertThat(answer.get("answer").asText()).startsWith("Québec is home to eight aluminum smelters")
                .contains("Sources:").doesNotContain("[smelters-output]");
        assertThat(answer.get("sources").get(0).get("id").asText()).isEqualTo("smelters-output");
        server.verify(1, postRequestedFor(urlPathEqualTo(ChatEndpoint.COMPLETIONS))
                .withHeader("Authorization", equalTo("Bearer " + KEY)));

        assertThat(ask("What is the e-mail of Malika Cherry?").get("route").asText()).isEqualTo("contact");
        assertThat(endpoint.calls()).isOne();
        assertThat(composer).isInstanceOf(LlmComposer.class);
    }

    @Test
    void never_writes_the_api_key_to_logs_or_descriptions(CapturedOutput output) throws Exception {
        endpoint.replies(error(401, "unauthorized.json"));
        JsonNode answer = ask(LlmComposerTest.SMELTERS);
        assertThat(answer.get("answer").asText()).contains("eight");
        assertThat(properties.toString()).contains("apiKey=(set, hidden)").doesNotContain(KEY);
        assertThat(output.getAll()).contains("LLM not used for this answer").doesNotContain(KEY);
    }
}
