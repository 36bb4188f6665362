package qc.alubot.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import qc.alubot.answer.TestEngine;
import qc.alubot.conversation.Asker;
import qc.alubot.conversation.Channel;
import qc.alubot.conversation.Question;
import qc.alubot.logbook.Logbook;
import qc.alubot.logbook.LogbookFixture;

/**
 * What staff do with the pages: read the dashboard, work through the unanswered questions, try a
 * question, browse the knowledge. A logbook of its own (the workflow marks and adds questions).
 */
@StaffPageSlice
@TestPropertySource(properties = "staff-pages.logbook=workflow")
class StaffWorkflowTest extends StaffPageTests {

    private static final List<String> EMPLOYEES = List.of("smelter employees?", "how many employees work in the smelters?");

    @Autowired
    SampleConversations sample;
    @Autowired
    LogbookFixture fixture;

    private void decide(String decision, List<String> keys, String view) throws Exception {
        mvc.perform(post("/admin/unanswered/marks").with(STAFF).with(csrf()).param("keys", keys.toArray(String[]::new))
                        .param("decision", decision).param("back", "?language=en").param("view", view))
                .andExpect(redirectedUrl("/admin/unanswered?language=en" + ("marked".equals(view) ? "&view=marked" : "")));
    }

    // dashboard

    @Test
    void shows_the_period_at_a_glance_with_charts_versions_and_what_went_unanswered() throws Exception {
        String html = page("/admin");
        assertThat(html).contains("Questions per day", "class=\"bar answered\"", "class=\"marker\"",
                TestEngine.shared().snapshot().version(), "smelter employees?", "Most asked without an answer");
        assertThat(html).containsPattern("class=\"figure\">7</span>\\s*<span>questions; 7 exchanges");
    }

    @Test
    void shows_a_chosen_period_even_a_quiet_one() throws Exception {
        assertThat(page("/admin?days=7")).containsPattern("class=\"current\">7 days|7 days</a>");
        String quiet = page("/admin?from=01/10/2026&to=31/10/2026");
        assertThat(quiet).contains("No answer in this period.", "value=\"2026-10-01\"").doesNotContain("class=\"bar ");
    }

    @Test
    void speaks_french_with_french_dates() throws Exception {
        assertThat(page("/admin?lang=fr")).contains("Tableau de bord", "Questions par jour", "value=\"22/11/2026\"");
    }

    // unanswered workflow

    @Test
    void groups_unanswered_questions_with_their_counts_and_nearest_passages() throws Exception {
        String html = page("/admin/unanswered");
        assertThat(html).containsPattern("class=\"count\">2</span>\\s*<a[^>]*>smelter employees\\?</a>")
                .contains("How many employees work in the smelters?", "What will the price of aluminum",
                        "Nearest passages", "Confidence under 0.50")
                .doesNotContain("How many smelters are there");
    }

    @Test
    void a_group_marked_handled_leaves_the_list_and_comes_back_when_asked_again() throws Exception {
        decide("handled", EMPLOYEES, "open");
        String asked = null;
        try {
            assertThat(page("/admin/unanswered")).doesNotContain("smelter employees?");
            assertThat(page("/admin/unanswered?view=marked")).contains("smelter employees?", "Marked handled on");

            fixture.clock().advance(Duration.ofMinutes(5));
            asked = askAgain("smelter employees?");
            assertThat(page("/admin/unanswered")).contains("smelter employees?", "asked again since without an answer")
                    .containsPattern("class=\"count\">1</span>\\s*<a[^>]*>smelter employees\\?</a>");
        } finally {
            decide("open", EMPLOYEES, "marked");
            if (asked != null) {
                fixture.jdbc().sql("DELETE FROM exchange WHERE id = :id").param("id", asked).update();
            }
        }
    }

    @Test
    void an_ignored_group_stays_away_until_staff_put_it_back() throws Exception {
        List<String> price = List.of("what will the price of aluminum be tomorrow?");
        decide("ignored", price, "open");
        assertThat(page("/admin/unanswered")).doesNotContain("What will the price of aluminum");
        assertThat(page("/admin/unanswered?view=marked")).contains("What will the price of aluminum", "Ignored since");
        decide("open", price, "marked");
        assertThat(page("/admin/unanswered")).contains("What will the price of aluminum");
    }

    private String askAgain(String text) {
        Logbook logbook = fixture.logbook();
        String id = TestEngine.shared().serviceTelling(logbook).answer(new Question(text, "frank", Channel.TELEGRAM,
                Optional.empty(), Optional.empty(), new Asker("frank", "frank", "private"))).id();
        assertThat(logbook.flush()).isTrue();
        return id;
    }

    // try a question

    @Test
    void tries_a_question_as_an_investor_would_and_records_nothing() throws Exception {
        String html = page(get("/admin/try").param("q", "How many smelters are there in Québec?"));
        assertThat(html).contains("Québec has eight aluminum smelters", "figure", "smelters-output", "Clears the bar",
                "What the bot understood", "What it names", "FigureStep", TestEngine.shared().snapshot().version());
        assertThat(page("/admin/conversations")).contains("7 exchanges");
    }

    @Test
    void tries_a_question_in_french_and_says_why_passages_fall_short() throws Exception {
        String html = page(get("/admin/try").param("q", "Quel est le tarif d'électricité à Saguenay ?").param("lang", "fr"));
        assertThat(html).contains("Ce que lit l’investisseur", "Passages trouvés par la recherche", "Confiance sous 0,50");
    }

    // knowledge

    @Test
    void shows_the_knowledge_in_service_and_the_problems_of_the_last_load() throws Exception {
        assertThat(page("/admin/knowledge")).contains(TestEngine.shared().snapshot().version(),
                "knowledge/passages/en/ports.md:3: the front matter has no &#39;title&#39;", "The last edit was refused",
                "The evaluation runs only while the bot serves.");
    }

    @Test
    void finds_passages_contacts_and_companies_with_their_source_and_review() throws Exception {
        assertThat(page("/admin/knowledge?q=recycleurs")).contains("132", "Reviewed", "Source:")
                .doesNotContain("Malika Cherry");
        assertThat(page("/admin/knowledge?kind=contact")).contains("Malika Cherry").doesNotContain("Reviewed");
        assertThat(page("/admin/knowledge?kind=company&q=alcoa")).contains("Alcoa");
    }

    @Test
    void marks_passages_reviewed_longer_ago_than_the_review_age() throws Exception {
        assertThat(page("/admin/knowledge?kind=passage")).doesNotContain("Stale: check it");
        fixture.clock().advance(Duration.ofDays(800));
        try {
            assertThat(page("/admin/knowledge?kind=passage")).contains("Stale: check it");
        } finally {
            fixture.clock().advance(Duration.ofDays(-800));
        }
    }
}
