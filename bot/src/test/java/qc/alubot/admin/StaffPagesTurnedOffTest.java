package qc.alubot.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import qc.alubot.answer.CurrentKnowledge;
import qc.alubot.logbook.Conversations;

/** With no staff password configured there is no way in at all, and the log and the page say how to turn them on. */
@WebMvcTest(controllers = {ConversationPages.class, ConversationExport.class, LoginPage.class},
        properties = {"bot.admin.password=", "bot.evaluation.in-service=false"})
@Import({AdminSecurity.class, AdminConfiguration.class, Filters.class})
@ExtendWith(OutputCaptureExtension.class)
class StaffPagesTurnedOffTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Conversations conversations;
    @MockitoBean
    CurrentKnowledge knowledge;

    @Test
    void answers_every_staff_page_with_404_and_how_to_turn_them_on() throws Exception {
        for (String url : new String[] {"/admin", "/admin/login", "/admin/conversations", "/admin/unanswered", "/admin/try",
                "/admin/knowledge", "/admin/conversations.csv"}) {
            mvc.perform(get(url).with(httpBasic("admin", "admin"))).andExpect(status().isNotFound())
                    .andExpect(content().string(containsString("no staff password is set. Set BOT_ADMIN_PASSWORD")));
        }
        mvc.perform(post("/admin/login").with(csrf()).param("username", "admin").param("password", ""))
                .andExpect(status().isNotFound());
    }

    @Test
    void leaves_the_rest_of_the_bot_open() throws Exception {
        mvc.perform(post("/telegram/webhook").content("{}")).andExpect(status().isNotFound()); // reached, not refused
    }

    @Test
    void has_no_account_and_says_so_at_start(CapturedOutput log) {
        AdminProperties none = new AdminProperties("admin", null, "UTC");
        assertThatThrownBy(() -> new AdminSecurity().staffAccount(none, PasswordEncoderFactories.createDelegatingPasswordEncoder())
                .loadUserByUsername("admin")).isInstanceOf(UsernameNotFoundException.class);
        assertThat(log).contains("Staff pages (/admin) are turned off: BOT_ADMIN_PASSWORD is not set");
    }
}
