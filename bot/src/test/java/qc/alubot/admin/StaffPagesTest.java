package qc.alubot.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import qc.alubot.answer.TestEngine;
import qc.alubot.logbook.UnreliableDataSource;

/**
 * The staff pages over real recorded conversations: who gets in, the conversations and the
 * export. One flat class, on purpose: each {@code @Nested} class of a {@code @WebMvcTest} starts a
 * context of its own. The dashboard and the unanswered workflow are in {@link StaffWorkflowTest}.
 */
@StaffPageSlice
class StaffPagesTest extends StaffPageTests {

    static final String PASSWORD = StaffPageSlice.PASSWORD;

    @Autowired
    SampleConversations sample;
    @Autowired
    UnreliableDataSource database;

    // signing in

    @Test
    void sends_anonymous_visitors_to_the_sign_in_page() throws Exception {
        mvc.perform(get("/admin")).andExpect(status().isFound()).andExpect(redirectedUrl("http://localhost/admin/login"));
        mvc.perform(get("/admin/try?q=smelters")).andExpect(status().isFound());
        mvc.perform(get("/admin/conversations/" + sample.smelters)).andExpect(status().isFound());
    }

    @Test
    void refuses_a_wrong_password() throws Exception {
        mvc.perform(formLogin("/admin/login").user("staff").password("guess"))
                .andExpect(redirectedUrl("/admin/login?error")).andExpect(unauthenticated());
    }

    @Test
    void gives_a_new_session_id_on_sign_in_so_a_planted_one_is_worthless() throws Exception {
        MockHttpSession planted = new MockHttpSession(null, "planted-by-an-attacker");
        MvcResult result = mvc.perform(post("/admin/login").session(planted).with(csrf())
                        .param("username", "staff").param("password", PASSWORD))
                .andExpect(authenticated()).andExpect(redirectedUrl("/admin")).andReturn();
        assertThat(result.getRequest().getSession().getId()).isNotEqualTo("planted-by-an-attacker");
    }

    @Test
    void refuses_forms_posted_without_the_csrf_token() throws Exception {
        mvc.perform(post("/admin/login").param("username", "staff").param("password", PASSWORD))
                .andExpect(status().isForbidden()).andExpect(unauthenticated());
        mvc.perform(post("/admin/logout").with(STAFF)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/logout").with(STAFF).with(csrf())).andExpect(redirectedUrl("/admin/login?logout"));
    }

    @Test
    void lets_scripts_download_the_csv_with_http_basic_and_nothing_else() throws Exception {
        mvc.perform(get("/admin/conversations.csv").with(httpBasic("staff", PASSWORD))).andExpect(status().isOk());
        mvc.perform(get("/admin/conversations.csv").with(httpBasic("staff", "guess"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/admin/conversations.csv")).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", startsWith("Basic")));
        mvc.perform(get("/admin").with(httpBasic("staff", PASSWORD))).andExpect(status().isFound());
    }

    @Test
    void leaves_the_api_and_the_telegram_webhook_open_without_csrf_tokens() throws Exception {
        mvc.perform(post("/api/ask").content("{}")).andExpect(status().isNotFound()); // not in this slice: reached, not refused
        mvc.perform(post("/telegram/webhook").content("{}")).andExpect(status().isNotFound());
    }

    @Test
    void sends_headers_that_keep_pages_out_of_frames_caches_and_foreign_scripts() throws Exception {
        mvc.perform(get("/admin/login"))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'none'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Cache-Control", containsString("no-store")));
    }

    // conversations page

    @Test
    void lists_exchanges_newest_first_with_their_answers() throws Exception {
        String html = page("/admin/conversations");
        assertThat(html).contains("7 exchanges", "Québec has eight aluminum smelters");
        assertThat(html.indexOf("smelter employees?")).isLessThan(html.indexOf("How many smelters are there"));
    }

    @Test
    void reads_french_and_iso_dates_and_shows_them_as_the_page_writes_them() throws Exception {
        assertThat(page("/admin/conversations?from=22/11/2026")).contains("1 exchange", "value=\"2026-11-22\"");
        assertThat(page("/admin/conversations?from=2026-11-22&lang=fr")).contains("1 échange", "value=\"22/11/2026\"");
        assertThat(page("/admin/conversations?from=11/22/2026")).contains("“11/22/2026” is not a date");
    }

    @Test
    void filters_by_language_date_channel_and_outcome() throws Exception {
        assertThat(page("/admin/conversations?language=fr")).contains("Combien y a-t-il de recycleurs").doesNotContain("And how many recyclers");
        assertThat(page("/admin/conversations?from=2026-11-22")).contains("1 exchange").contains("smelter employees?");
        assertThat(page("/admin/conversations?to=2026-11-21&channel=telegram")).contains("6 exchanges");
        assertThat(page("/admin/conversations?unanswered=true")).contains("How many employees work in the smelters?")
                .contains("What will the price of aluminum").doesNotContain("How many smelters are there");
        assertThat(page("/admin/conversations?negative=true")).contains("1 exchange").contains("How many smelters are there");
    }

    @Test
    void finds_words_in_questions_and_answers() throws Exception {
        assertThat(page("/admin/conversations?q=recycleurs")).contains("1 exchange");
        assertThat(page(get("/admin/conversations").param("q", "QUEBEC smelters"))).contains("How many smelters are there").doesNotContain("Combien");
    }

    @Test
    void reports_a_filter_it_cannot_read_instead_of_failing() throws Exception {
        assertThat(page("/admin/conversations?from=yesterday")).contains("“yesterday” is not a date").contains("7 exchanges");
    }

    @Test
    void shows_a_conversation_whole_with_what_answered_and_why() throws Exception {
        String html = page("/admin/conversations/" + sample.recyclers);
        assertThat(html).contains("How many smelters are there in Québec?", "And how many recyclers?", "figure",
                        "👎 Not helpful", TestEngine.shared().snapshot().version())
                .doesNotContain("How many employees");
    }

    @Test
    void explains_when_an_exchange_is_gone() throws Exception {
        mvc.perform(get("/admin/conversations/deleted-long-ago").with(STAFF)).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("retention period")));
    }

    @Test
    void says_the_database_is_unavailable_rather_than_failing() throws Exception {
        database.goDown();
        try {
            mvc.perform(get("/admin/conversations").with(STAFF)).andExpect(status().isServiceUnavailable())
                    .andExpect(content().string(containsString("The bot keeps answering investors")));
        } finally {
            database.comeBack();
        }
    }

    @Test
    void speaks_french_once_chosen_and_remembers_it() throws Exception {
        MvcResult chosen = mvc.perform(get("/admin/unanswered?lang=fr").with(STAFF)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Questions sans réponse"))).andReturn();
        Cookie remembered = chosen.getResponse().getCookie("admin-lang");
        mvc.perform(get("/admin/conversations").with(STAFF).cookie(remembered))
                .andExpect(content().string(allOf(containsString("Télécharger en CSV"), not(containsString("Download CSV")))));
    }

    @Test
    void follows_the_browser_language_until_one_is_chosen() throws Exception {
        mvc.perform(get("/admin/login").header("Accept-Language", "fr-CA,fr;q=0.9"))
                .andExpect(content().string(containsString("Mot de passe")));
    }

    // export

    private String csv(String query) throws Exception {
        return mvc.perform(get("/admin/conversations.csv" + query).with(STAFF)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("text/csv")))
                .andExpect(header().string("Content-Disposition", startsWith("attachment; filename=\"conversations-")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void starts_with_a_byte_order_mark_and_a_header_for_spreadsheets() throws Exception {
        assertThat(csv("")).startsWith("\uFEFFtime,exchange_id,channel,chat_type,user,conversation,language,question,");
    }

    @Test
    void follows_the_same_filters_as_the_page() throws Exception {
        String csv = csv("?language=fr");
        assertThat(csv.lines().filter(line -> line.contains(",telegram,"))).hasSize(1);
        assertThat(csv).contains(sample.french).doesNotContain(sample.smelters);
    }

    @Test
    void neutralises_a_question_that_a_spreadsheet_would_run_as_a_formula() throws Exception {
        assertThat(csv("?q=hyperlink")).contains(",\"'=HYPERLINK(\"\"http://example.com\"\",\"\"smelters\"\")\",")
                .doesNotContain(",=HYPERLINK");
    }
}
