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

/** /actuator/info tells which knowledge version answers, from which files, and how the last reload went. */
@BotTest
class KnowledgeInfoTest {

    @LocalServerPort
    int port;

    @Autowired
    AnswerService answers;

    @Test
    void shows_the_version_that_answers_its_files_and_the_last_reload() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/info")).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode knowledge = new ObjectMapper().readTree(response.body()).get("knowledge");
        String answeredBy = answers.answer(Question.of("How many recyclers?", null, Channel.HTTP)).knowledgeVersion();
        assertThat(knowledge.get("version").asText()).isEqualTo(answeredBy);
        assertThat(knowledge.get("files").toString()).contains("passages/en/recyclers.md", "contacts.yaml", "replies.fr.yaml");
        assertThat(knowledge.get("lastReload").get("result").asText()).isEqualTo("in service");
        assertThat(knowledge.get("lastReload").get("errors")).isEmpty();
    }
}
