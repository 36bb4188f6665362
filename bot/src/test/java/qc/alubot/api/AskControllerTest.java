package qc.alubot.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.converter.StringHttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import qc.alubot.answer.TestEngine;
import qc.alubot.conversation.Channel;
import qc.alubot.logbook.ConversationFilter;
import qc.alubot.logbook.Exchange;
import qc.alubot.logbook.Logbook;
import qc.alubot.logbook.LogbookFixture;

class AskControllerTest {

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        ObjectMapper json = new ObjectMapper();
        mvc = MockMvcBuilders.standaloneSetup(new AskController(TestEngine.shared().service(), json))
                .setControllerAdvice(new ApiErrors())
                .setMessageConverters(new StringHttpMessageConverter(StandardCharsets.UTF_8), new MappingJackson2HttpMessageConverter(json))
                .build();
    }

    @Test
    void answers_with_route_confidence_sources_and_a_session_to_continue() throws Exception {
        mvc.perform(post("/api/ask").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"question\": \"How many recyclers are there in Québec?\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.answer", containsString("132")))
                .andExpect(jsonPath("$.language").value("en"))
                .andExpect(jsonPath("$.route").value("figure"))
                .andExpect(jsonPath("$.confidence").isNumber())
                .andExpect(jsonPath("$.sources", hasSize(1)))
                .andExpect(jsonPath("$.sources[0].id").value("recyclers"))
                .andExpect(jsonPath("$.sources[0].source", containsString("investor page")))
                .andExpect(jsonPath("$.sessionId", not(emptyString())));
    }

    @Test
    void records_the_exchange_under_a_pseudonym_of_its_session() throws Exception {
        LogbookFixture fixture = LogbookFixture.inMemory();
        Logbook logbook = fixture.logbook();
        ObjectMapper json = new ObjectMapper();
        MockMvc recording = MockMvcBuilders.standaloneSetup(new AskController(TestEngine.shared().serviceTelling(logbook), json))
                .setMessageConverters(new StringHttpMessageConverter(StandardCharsets.UTF_8), new MappingJackson2HttpMessageConverter(json))
                .build();
        recording.perform(post("/api/ask").contentType(MediaType.APPLICATION_JSON)
                .content("{\"question\": \"How many recyclers?\", \"sessionId\": \"investor-session-42\"}")).andExpect(status().isOk());
        logbook.flush();
        Exchange exchange = fixture.conversations().newest(ConversationFilter.none(), 1).get(0);
        assertThat(exchange.channel()).isEqualTo(Channel.HTTP);
        assertThat(exchange.chatType()).isEqualTo("http");
        assertThat(exchange.chatRef()).isNotBlank().doesNotContain("investor-session-42");
    }

    @Test
    void answers_in_the_language_asked_for() throws Exception {
        mvc.perform(post("/api/ask").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"question\": \"How many recyclers?\", \"language\": \"fr\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.language").value("fr"));
    }

    @Test
    void refuses_an_empty_question_with_a_clear_message() throws Exception {
        mvc.perform(post("/api/ask").contentType(MediaType.APPLICATION_JSON).content("{\"question\": \"   \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error", containsString("'question' is missing or empty")));
    }

    @Test
    void refuses_a_body_that_is_not_json() throws Exception {
        mvc.perform(post("/api/ask").contentType(MediaType.TEXT_PLAIN).content("how many smelters?"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error", containsString("not valid JSON")));
    }

    @Test
    void refuses_an_empty_body() throws Exception {
        mvc.perform(post("/api/ask").contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error", containsString("body is empty")));
    }

    @Test
    void refuses_a_question_over_4000_characters() throws Exception {
        String question = "a".repeat(AskController.MAX_QUESTION_LENGTH + 1);
        mvc.perform(post("/api/ask").contentType(MediaType.APPLICATION_JSON).content("{\"question\": \"" + question + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error", containsString("4001 characters")));
    }

    @Test
    void refuses_an_unknown_language() throws Exception {
        mvc.perform(post("/api/ask").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"question\": \"How many smelters?\", \"language\": \"de\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error", containsString("\"en\" or \"fr\"")));
    }
}
