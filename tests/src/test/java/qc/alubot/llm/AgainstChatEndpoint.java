package qc.alubot.llm;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import qc.alubot.answer.TestEngine;

/**
 * Tests of the LLM composer against a WireMock endpoint of their own: a fresh composer (empty
 * cache, closed circuit) for each test, pointed at that endpoint.
 */
abstract class AgainstChatEndpoint {

    protected ChatEndpoint endpoint;
    protected LlmHarness llm;

    /** The class's own {@code @RegisterExtension static} WireMock server. */
    abstract WireMockExtension server();

    @BeforeEach
    void wire() {
        endpoint = new ChatEndpoint(server());
        llm = LlmHarness.openAi(LlmHarness.properties(endpoint.baseUrl(), LlmHarness.TIMEOUT));
    }

    @AfterEach
    void unwire() {
        llm.close();
    }

    /** What the bot says without an LLM: every fallback must be exactly this. */
    static String extractive(String question) {
        return TestEngine.shared().ask(question).body();
    }
}
