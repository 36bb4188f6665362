package qc.alubot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The HTTP API over a real socket, as a client would use it. */
@BotTest
class HttpApiTest {

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    private HttpResponse<String> post(String body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/ask"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void continues_a_conversation_through_the_returned_session_id() throws Exception {
        JsonNode first = json.readTree(post("{\"question\": \"Qui est la directrice générale ?\"}").body());
        String session = first.get("sessionId").asText();
        JsonNode second = json.readTree(post("{\"question\": \"Et son courriel ?\", \"sessionId\": \"" + session + "\"}").body());
        assertThat(first.get("language").asText()).isEqualTo("fr");
        assertThat(second.get("answer").asText()).contains("malika.cherry@valuminium.ca");
        assertThat(second.get("route").asText()).isEqualTo("contact");
        assertThat(second.get("sources").get(0).get("id").asText()).isEqualTo("contacts.yaml#malika-cherry");
    }

    @Test
    void answers_bad_input_with_400_and_a_message() throws Exception {
        HttpResponse<String> response = post("not json at all");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("error").asText()).contains("not valid JSON");
    }

    @Test
    void reports_health() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.body()).contains("UP");
    }
}
