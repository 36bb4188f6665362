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
    void asks_for_json_when_curl_sends_a_form_by_default() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/ask"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("{\"question\": \"How many smelters?\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(json.readTree(response.body()).get("error").asText()).contains("'Content-Type: application/json'")
                .doesNotContain("Unexpected character");
    }

    @Test
    void answers_get_with_405_in_json() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/ask"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(json.readTree(response.body()).get("error").asText()).contains("POST the question as JSON");
    }

    @Test
    void refuses_a_declared_50_mb_body_with_413_before_any_of_it_arrives() throws Exception {
        assertThat(RawHttp.statusLine(port, "POST /api/ask HTTP/1.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: 52428800", new byte[0])).contains(" 413");
    }

    @Test
    void cuts_off_a_chunked_body_with_413_once_it_passes_the_limit() throws Exception {
        assertThat(RawHttp.statusLine(port, "POST /api/ask HTTP/1.1\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked", RawHttp.endlessChunks(100 * 1024))).contains(" 413");
    }

    @Test
    void answers_a_malformed_address_with_400_not_a_server_error() throws Exception {
        assertThat(RawHttp.statusLine(port, "GET /admin/login?x=%ZZ HTTP/1.1", new byte[0])).contains(" 400");
    }

    @Test
    void reports_health() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.body()).contains("UP");
    }
}
