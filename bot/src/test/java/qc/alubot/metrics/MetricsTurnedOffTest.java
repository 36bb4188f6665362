package qc.alubot.metrics;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import qc.alubot.admin.AdminProperties;
import qc.alubot.answer.CurrentKnowledge;

/** Without a staff password nobody reads the metrics, and the answer says how to turn them on. */
@WebMvcTest(controllers = MetricsSecurity.class, properties = "bot.admin.password=")
@Import({MetricsSecurity.class, MetricsTurnedOffTest.Settings.class})
class MetricsTurnedOffTest {

    @TestConfiguration
    @EnableConfigurationProperties(AdminProperties.class)
    static class Settings {
    }

    @Autowired
    MockMvc mvc;
    @MockitoBean
    CurrentKnowledge knowledge; // the staff pages' advice needs it

    @Test
    void refuses_everyone_and_says_how_to_turn_them_on() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("no staff password is set")));
        mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", ""))).andExpect(status().isNotFound());
    }
}
