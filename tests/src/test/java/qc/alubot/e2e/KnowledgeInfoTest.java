package qc.alubot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import qc.alubot.answer.AnswerService;
import qc.alubot.conversation.Channel;
import qc.alubot.conversation.Question;

/** /actuator/info tells anyone which knowledge version answers and whether the last reload was taken, and no more. */
@BotTest
class KnowledgeInfoTest {

    @LocalServerPort
    int port;

    @Autowired
    AnswerService answers;

    @Test
    void shows_the_version_that_answers_and_its_status_but_not_the_files_or_problems() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/info")).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode knowledge = new ObjectMapper().readTree(response.body()).get("knowledge");
        String answeredBy = answers.answer(Question.of("How many recyclers?", null, Channel.HTTP)).knowledgeVersion();
        assertThat(knowledge.get("version").asText()).isEqualTo(answeredBy);
        assertThat(knowledge.get("status").asText()).isEqualTo("in service");
        assertThat(response.body()).doesNotContain("files", "passages/", ".yaml", "errors", "warnings");
    }
}
