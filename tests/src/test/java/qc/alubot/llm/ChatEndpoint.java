package qc.alubot.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * WireMock as an OpenAI-compatible chat-completions endpoint. Response bodies are fixtures in
 * {@code src/test/resources/llm/__files}; each test says which one the endpoint serves.
 */
final class ChatEndpoint {

    static final String COMPLETIONS = "/v1/chat/completions";

    private final WireMockExtension server;
    private final ObjectMapper json = new ObjectMapper();

    ChatEndpoint(WireMockExtension server) {
        this.server = server;
    }

    static WireMockExtension server() {
        return WireMockExtension.newInstance()
                .options(WireMockConfiguration.options().dynamicPort().usingFilesUnderClasspath("llm"))
                .build();
    }

    /** The base URL the bot is configured with, as BOT_LLM_BASE_URL would give it. */
    String baseUrl() {
        return server.baseUrl() + "/v1";
    }

    static ResponseDefinitionBuilder completion(String fixture) {
        return error(200, fixture);
    }

    static ResponseDefinitionBuilder error(int status, String fixture) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBodyFile(fixture);
    }

    void replies(ResponseDefinitionBuilder response) {
        server.stubFor(post(urlPathEqualTo(COMPLETIONS)).willReturn(response));
    }

    /** One response per call, in order; the last one repeats. */
    void repliesInTurn(ResponseDefinitionBuilder... responses) {
        for (int i = 0; i < responses.length; i++) {
            server.stubFor(post(urlPathEqualTo(COMPLETIONS)).inScenario("in turn")
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "call " + i)
                    .willSetStateTo(i == responses.length - 1 ? "call " + i : "call " + (i + 1))
                    .willReturn(responses[i]));
        }
    }

    int calls() {
        return server.countRequestsMatching(postRequestedFor(urlPathEqualTo(COMPLETIONS)).build()).getCount();
    }

    JsonNode lastRequest() {
        List<LoggedRequest> requests = server.findAll(postRequestedFor(urlPathEqualTo(COMPLETIONS)));
        try {
            return json.readTree(requests.get(requests.size() - 1).getBodyAsString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
