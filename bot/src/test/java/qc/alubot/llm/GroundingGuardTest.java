package qc.alubot.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import qc.alubot.answer.TestEngine;
import qc.alubot.knowledge.KnowledgeBase;
import qc.alubot.knowledge.Passage;
import qc.alubot.language.Language;

class GroundingGuardTest {

    private final KnowledgeBase knowledge = TestEngine.shared().snapshot().knowledge();
    private final GroundingGuard guard = new GroundingGuard();

    private Passage passage(String id, Language language) {
        return knowledge.passage(id, language).orElseThrow();
    }

    private Verdict check(String reply, Language language, String question, String... passageIds) {
        List<Passage> passages = List.of(passageIds).stream().map(id -> passage(id, language)).toList();
        return guard.check(reply, language, passages, List.of(question));
    }

    private Verdict english(String reply) {
        return check(reply, Language.EN, "How many smelters are there in Québec?", "smelters-output");
    }

    private Verdict french(String reply) {
        return check(reply, Language.FR, "Combien y a-t-il d'alumineries au Québec ?", "smelters-output");
    }

    @Nested
    class Accepts {

        @Test
        void every_passage_of_the_knowledge_quoted_word_for_word_with_its_citation() {
            for (Passage passage : knowledge.passages()) {
                Verdict verdict = guard.check(passage.body() + " [" + passage.id() + "]", passage.language(),
                        List.of(passage), List.of(""));
                assertThat(verdict.accepted()).as(passage.origin() + ": " + verdict.reason()).isTrue();
            }
        }

        @Test
        void figures_written_another_way_than_in_the_passage() {
            Verdict verdict = english("Québec has 8 aluminum smelters [smelters-output]. Together they produce 2,900,000 "
                    + "metric tons, 60 percent of North America's production [smelters-output].");
            assertThat(verdict.accepted()).as(verdict.reason()).isTrue();
            assertThat(verdict.text()).doesNotContain("[smelters-output]").startsWith("Québec has 8 aluminum smelters.");
        }

        @Test
        void french_figures_and_number_words() {
            Verdict verdict = french("Le Québec compte huit alumineries [smelters-output]. Elles produisent 2.9 millions de "
                    + "tonnes, soit 60 pour cent de la production de l'Amérique du Nord [smelters-output].");
            assertThat(verdict.accepted()).as(verdict.reason()).isTrue();
        }

        @Test
        void ordinary_words_capitalised_at_the_start_of_a_sentence_and_known_acronyms() {
            Verdict verdict = check("Together with regional stakeholders, AVS was launched in 2001 [history-2001-avs-launch]. "
                    + "According to the passage, the Québec government recognized its role [history-2001-avs-launch].",
                    Language.EN, "When was AVS launched?", "history-2001-avs-launch");
            assertThat(verdict.accepted()).as(verdict.reason()).isTrue();
        }

        @Test
        void names_the_question_uses() {
            Verdict verdict = check("Alouette is one of the primary producers operating Québec's smelters, as the question "
                    + "about Alouette asks [smelters-output].", Language.EN, "Is Alouette a producer?", "smelters-output");
            assertThat(verdict.accepted()).as(verdict.reason()).isTrue();
        }
    }

    @Nested
    class Refuses {

        @Test
        void a_changed_figure() {
            assertThat(english("Québec has eight smelters producing 3.1 million metric tons [smelters-output].").reason())
                    .contains("invented figure \"3.1 million\"");
        }

        @Test
        void a_changed_number_word() {
            assertThat(english("Québec has nine aluminum smelters [smelters-output].").reason())
                    .contains("invented figure \"nine\"");
            assertThat(french("Le Québec compte neuf alumineries [smelters-output].").reason())
                    .contains("invented figure \"neuf\"");
        }

        @Test
        void a_figure_with_the_wrong_scale() {
            assertThat(english("Québec's smelters produce 2.9 billion metric tons [smelters-output].").reason())
                    .contains("invented figure \"2.9 billion\"");
        }

        @Test
        void a_changed_percentage() {
            assertThat(french("Cette production représente 65 % de la production de l'Amérique du Nord [smelters-output].")
                    .reason()).contains("invented figure \"65\"");
        }

        @Test
        void a_changed_year() {
            Verdict verdict = check("Aluminium Valley Society was launched in 2003 [history-2001-avs-launch].", Language.EN,
                    "When was AVS launched?", "history-2001-avs-launch");
            assertThat(verdict.reason()).contains("invented figure \"2003\"");
        }

        @Test
        void a_figure_only_the_question_states() {
            Verdict verdict = check("Yes, Québec produces 5 million metric tons [smelters-output].", Language.EN,
                    "Is it true Québec produces 5 million tons?", "smelters-output");
            assertThat(verdict.reason()).contains("invented figure \"5 million\"");
        }

        @Test
        void an_invented_email_phone_number_or_web_address() {
            Verdict verdict = english("For details write to invest@aluquebec-capital.com, call 514 555-0199 or visit "
                    + "https://www.aluminium-invest.ca/quebec [smelters-output].");
            assertThat(verdict.reason()).contains("invented e-mail invest@aluquebec-capital.com",
                    "invented phone number 5145550199", "invented web address aluminium-invest.ca/quebec");
        }

        @Test
        void an_email_only_the_question_states() {
            Verdict verdict = check("Yes, you can write to ceo@aluquebec.com [avs-contact].", Language.EN,
                    "Is ceo@aluquebec.com the right address?", "avs-contact");
            assertThat(verdict.reason()).contains("invented e-mail ceo@aluquebec.com");
        }

        @Test
        void an_invented_name_inside_a_sentence() {
            assertThat(english("The smelters are run by Alcoa and Jean-Baptiste Morin [smelters-output].").reason())
                    .contains("invented name \"Jean-Baptiste Morin\"");
        }

        @Test
        void an_invented_name_opening_a_sentence() {
            assertThat(english("Novelis operates one of the eight smelters [smelters-output].").reason())
                    .contains("invented name \"Novelis\"");
        }

        @Test
        void an_invented_name_with_accents() {
            Verdict verdict = check("The board is chaired by Marlène Tremblay [avs-board].", Language.EN,
                    "Who chairs the board?", "avs-board");
            assertThat(verdict.reason()).contains("invented name \"Marlène Tremblay\"");
        }

        @Test
        void an_invented_date() {
            Verdict verdict = check("AVS was officially launched on March 3, 2001 [history-2001-avs-launch].", Language.EN,
                    "When was AVS launched?", "history-2001-avs-launch");
            assertThat(verdict.reason()).contains("invented figure \"3\"", "invented name \"March\"");
        }

        @Test
        void an_invented_acronym() {
            assertThat(english("The QAIF fund finances the eight smelters [smelters-output].").reason())
                    .contains("invented name \"QAIF\"");
        }

        @Test
        void two_real_names_joined_into_a_person_who_does_not_exist() {
            Verdict verdict = check("Malika Gendron is the general director [avs-contact].", Language.EN,
                    "Who runs AVS?", "avs-contact");
            assertThat(verdict.reason()).contains("invented name \"Malika Gendron\"");
        }

        @Test
        void an_answer_in_the_other_language() {
            assertThat(english("Le Québec compte huit alumineries qui produisent ensemble 2,9 millions de tonnes "
                    + "[smelters-output].").reason()).contains("written in fr, not en");
        }

        @Test
        void one_sentence_in_the_other_language() {
            assertThat(french("Le Québec compte 8 alumineries, qui produisent ensemble 2,9 millions de tonnes métriques "
                    + "d'aluminium primaire, soit 60 % de la production totale de l'Amérique du Nord, selon les sources, "
                    + "et elles sont exploitées par Alcoa, Rio Tinto Alcan et Alouette [smelters-output]. "
                    + "That output is the largest share of the continent and it comes from the eight smelters.").reason())
                    .contains("a sentence is in en");
        }

        @Test
        void a_citation_of_a_passage_it_was_not_given() {
            assertThat(english("Québec has eight aluminum smelters [secret-report].").reason())
                    .contains("cites \"secret-report\"");
        }

        @Test
        void and_sums_up_why_for_the_log_without_quoting_the_reply() {
            Verdict verdict = english("Write to jane.doe@example.com or call 514 555-0199 [smelters-output].");
            assertThat(verdict.summary()).isEqualTo("invented e-mail, invented phone number");
            assertThat(verdict.reason()).contains("jane.doe@example.com");
        }

        @Test
        void an_empty_reply() {
            assertThat(english("  [smelters-output] ").reason()).isEqualTo("empty reply");
        }
    }
}
