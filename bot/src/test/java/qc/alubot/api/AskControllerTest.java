package qc.alubot.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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
import qc.alubot.answer.AnswerService;
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
    void refuses_a_body_that_is_not_json_saying_where_without_the_parser_s_words() throws Exception {
        mvc.perform(post("/api/ask").contentType(MediaType.APPLICATION_JSON).content("how many smelters?"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error", containsString("not valid JSON (line 1, column")))
                .andExpect(jsonPath("$.error", not(containsString("token"))));
    }

    @Test
    void says_which_field_has_the_wrong_shape_without_naming_java_types() throws Exception {
        mvc.perform(post("/api/ask").contentType(MediaType.APPLICATION_JSON).content("{\"question\": {\"a\": 1}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error", containsString("'question' must be a string")))
                .andExpect(jsonPath("$.error", not(containsString("java"))));
        mvc.perform(post("/api/ask").contentType(MediaType.APPLICATION_JSON).content("[1, 2]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error", containsString("must be a JSON object")));
    }

    @Test
    void asks_for_json_when_the_body_is_sent_as_a_form_or_without_a_content_type() throws Exception {
        String body = "{\"question\": \"How many smelters?\"}";
        mvc.perform(post("/api/ask").contentType(MediaType.APPLICATION_FORM_URLENCODED).content(body))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.error", containsString("'Content-Type: application/json'")));
        mvc.perform(post("/api/ask").content(body))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.error", containsString("the request had none")));
        mvc.perform(post("/api/ask").contentType("application/json; charset=not-a-charset").content(body))
                .andExpect(status().isOk());
    }

    @Test
    void answers_another_method_with_405_saying_to_post_json() throws Exception {
        mvc.perform(get("/api/ask"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", "POST"))
                .andExpect(jsonPath("$.error", containsString("POST the question as JSON")));
    }

    @Test
    void answers_an_unexpected_failure_with_an_id_and_no_internals() throws Exception {
        AnswerService failing = org.mockito.Mockito.mock(AnswerService.class);
        org.mockito.Mockito.when(failing.answer(org.mockito.ArgumentMatchers.any())).thenThrow(new StackOverflowError());
        MockMvc broken = MockMvcBuilders.standaloneSetup(new AskController(failing, new ObjectMapper()))
                .setControllerAdvice(new ApiErrors()).build();
        broken.perform(post("/api/ask").contentType(MediaType.APPLICATION_JSON).content("{\"question\": \"x\"}"))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.error", containsString("internal error (id ")))
                .andExpect(jsonPath("$.error", not(containsString("StackOverflow"))));
    }

    @Test
    void refuses_an_empty_body() throws Exception {
        mvc.perform(post("/api/ask").contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error", containsString("body is empty")));
    }

    @Test
    void accepts_2001_emoji_as_the_2001_characters_a_person_counts() throws Exception {
        String emoji = "😀".repeat(2_001); // 4,002 UTF-16 units
        mvc.perform(post("/api/ask").contentType(MediaType.APPLICATION_JSON).content("{\"question\": \"" + emoji + "\"}"))
                .andExpect(status().isOk());
    }

    @Test
    void refuses_a_question_over_4000_characters() throws Exception {
        String question = "é".repeat(AskController.MAX_QUESTION_LENGTH + 1);
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
