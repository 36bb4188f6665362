package qc.alubot.rules;

import static qc.alubot.AnswerAssert.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import qc.alubot.answer.TestEngine;
import qc.alubot.conversation.Answer;
import qc.alubot.conversation.Outcome;
import qc.alubot.language.Language;

/**
 * Each rule answers its kind of question from contacts.yaml and companies.yaml, word for word,
 * and leaves other questions alone. Questions go through the whole answer service so the
 * rules' order is tested too.
 */
class RulesTest {

    private final TestEngine engine = TestEngine.shared();

    private Answer ask(String question) {
        return engine.ask(question);
    }

    @Nested
    class PersonRuleTest {

        @Test
        void gives_a_named_persons_email_word_for_word() {
            assertThat(ask("Julien Gendron's email?")).cameFromRoute("contact")
                    .says("julien.gendron@valuminium.ca").citesSource("contacts.yaml#julien-gendron");
        }

        @Test
        void forgives_typos_in_the_name_and_the_word_email() {
            assertThat(ask("emial of malika chery pls")).cameFromRoute("contact").says("malika.cherry@valuminium.ca");
        }

        @Test
        void a_detail_of_a_persons_role_that_neither_card_nor_profile_gives_is_said_to_be_missing() {
            assertThat(ask("When did Malika Cherry take on the general director role (her tenure)?")).cameFromRoute("contact")
                    .hasOutcome(Outcome.NO_ANSWER).says("tenure", "malika.cherry@valuminium.ca");
        }

        @Test
        void how_long_a_person_has_held_a_post_is_said_to_be_missing_when_no_date_is_given() {
            assertThat(ask("How long has Malika Cherry been in the top job at AVS?")).cameFromRoute("contact")
                    .hasOutcome(Outcome.NO_ANSWER).says("do not say when", "malika.cherry@valuminium.ca");
        }

        @Test
        void two_halves_asking_details_the_sources_lack_are_not_read_again_as_one_question() {
            assertThat(ask("What is Malika Cherry's tenure in the role, and was she in office since 2010?"))
                    .hasOutcome(Outcome.NO_ANSWER).doesNotSay("more people");
        }

        @Test
        void says_which_detail_the_sources_lack_and_whom_to_go_through() {
            assertThat(ask("What is Lilianne Savard's phone number?")).cameFromRoute("contact")
                    .says("no phone number for Lilianne Savard", "418 669-0003, ext. 224")
                    .doesNotSay("lilianne.savard@");
        }

        @Test
        void adds_what_the_profile_says_beyond_the_title_for_who_questions() {
            assertThat(ask("Who is Malika Cherry?")).cameFromRoute("contact").says("Master");
        }

        @Test
        void answers_a_persons_background_with_their_whole_profile() {
            assertThat(ask("What is Julien Gendron's professional background?")).cameFromRoute("contact")
                    .says("julien.gendron@valuminium.ca", "30", "Rio Tinto");
        }
    }

    @Nested
    class FollowUpContactRuleTest {

        @Test
        void answers_his_email_about_the_person_just_named() {
            String session = UUID.randomUUID().toString();
            engine.ask("Who is the development manager?", session);
            assertThat(engine.ask("What is his email?", session)).cameFromRoute("contact")
                    .says("julien.gendron@valuminium.ca");
        }

        @Test
        void answers_in_french_too() {
            String session = UUID.randomUUID().toString();
            engine.ask("Qui est la directrice générale ?", session);
            assertThat(engine.ask("Quel est son numéro ?", session)).cameFromRoute("contact")
                    .isInLanguage(Language.FR).says("418 669-0003, poste 224");
        }

        @Test
        void does_not_apply_without_a_person_in_the_conversation() {
            assertThat(ask("What is his email?")).doesNotSay("julien.gendron@valuminium.ca");
        }
    }

    @Nested
    class RoleRuleTest {

        @Test
        void names_the_holder_of_a_title() {
            assertThat(ask("Who is the general director?")).cameFromRoute("contact").says("Malika Cherry");
        }

        @Test
        void a_title_said_around_the_organisations_name_is_the_boards() {
            assertThat(ask("Who's at the head of the AVS board right now?")).cameFromRoute("contact").says("Marlène Deveaux");
            assertThat(ask("Who is the head of AVS?")).cameFromRoute("contact").says("Malika Cherry");
        }

        @Test
        void a_subject_in_a_title_is_what_the_person_handles_not_who_coordinates_it() {
            assertThat(ask("À l'échelle du Québec, quel organisme coordonne l'industrie de la transformation de l'aluminium "
                    + "et les équipementiers ?")).says("AluQuébec").doesNotSay("Jérémie Cloutier");
            assertThat(ask("Who handles aluminum transformation at AVS?")).cameFromRoute("contact").says("Jérémie Cloutier");
        }

        @Test
        void prefers_the_longest_title_vice_chair_over_chair() {
            assertThat(ask("who is vice chair of the board")).cameFromRoute("contact").says("Hermel Bujold")
                    .doesNotSay("Marlène Deveaux");
        }

        @Test
        void does_not_take_a_field_in_a_title_for_a_question_about_people() {
            assertThat(ask("Y a-t-il des crédits d'impôt pour la transformation de l'aluminium ?"))
                    .cameFromRoute("fallback").hasOutcome(Outcome.NO_ANSWER);
        }
    }

    @Nested
    class TopicContactRuleTest {

        @Test
        void names_who_handles_a_subject() {
            assertThat(ask("Who handles equipment manufacturers?")).cameFromRoute("contact").says("Denis Giguère");
        }

        @Test
        void knows_a_subject_by_every_name_its_figure_gives_it() {
            assertThat(ask("Who at AVS looks after the machine builders?")).cameFromRoute("contact").says("Denis Giguère");
        }
    }

    @Nested
    class RepresentativeRuleTest {

        @Test
        void names_who_represents_an_organisation_on_the_board() {
            assertThat(ask("Who represents Rio Tinto on the board?")).cameFromRoute("board").says("Gilles Grenon");
        }
    }

    @Nested
    class BoardRuleTest {

        @Test
        void lists_the_whole_board_with_positions_and_organisations() {
            assertThat(ask("Who is on the board of directors?")).cameFromRoute("board")
                    .says("Marlène Deveaux — Chair, Revêtement sur métaux", "Paulyne Cadieux — Observer, Réseau Trans-Al",
                            "Yvan Rodrigue — Board member");
        }

        @Test
        void lists_only_the_observers_when_asked_for_them() {
            assertThat(ask("Qui sont les observateurs du conseil ?")).cameFromRoute("board").says("Gilles Déry")
                    .doesNotSay("Marlène Deveaux");
        }
    }

    @Nested
    class TeamRuleTest {

        @Test
        void lists_the_team_with_titles_and_the_details_the_sources_give() {
            assertThat(ask("Who is on the AVS team?")).cameFromRoute("team")
                    .says("Jérémie Cloutier — Excellence Cluster Director | Aluminum Transformation",
                            "julien.gendron@valuminium.ca");
        }
    }

    @Nested
    class CompanyRuleTest {

        @Test
        void confirms_a_named_company_with_its_category() {
            assertThat(ask("Is Verbom part of the cluster?")).cameFromRoute("company-membership")
                    .says("Yes", "Verbom", "Equipment manufacturers").citesSource("companies.yaml#verbom");
        }

        @Test
        void knows_rio_tinto_by_its_older_names() {
            assertThat(ask("Is Rio Tinto Alcan part of the cluster?")).cameFromRoute("company-membership")
                    .says("Rio Tinto", "Primary aluminum producers");
        }

        @Test
        void does_not_claim_membership_of_an_organisation_whose_members_the_sources_do_not_list() {
            assertThat(ask("Is Alcoa a member of AluQuébec?")).cameFromRoute("company-membership")
                    .says("My sources name Alcoa among", "do not list the members of AluQuébec").doesNotSay("Yes");
        }

        @Test
        void leaves_organisations_with_their_own_passages_to_retrieval() {
            assertThat(ask("What is AluQuébec?")).cameFromRoute("retrieval").says("AluQuébec");
        }
    }

    @Nested
    class NotListedRuleTest {

        @Test
        void says_an_unknown_company_is_not_named_rather_than_not_present() {
            assertThat(ask("Is Tesla part of the cluster?")).cameFromRoute("company-membership")
                    .hasOutcome(Outcome.NO_ANSWER).says("Tesla is not among the companies named", "Malika Cherry");
        }
    }

    @Nested
    class CompanyListRuleTest {

        @Test
        void lists_every_equipment_manufacturer_exactly_as_spelled() {
            assertThat(ask("Which equipment manufacturers are there?")).cameFromRoute("company-list")
                    .says("(27)", "• STAS", "• IDEA Contrôle", "• Ball Technologies d'aluminium avancées", "• Dienamex");
        }

        @Test
        void gives_the_real_total_when_the_names_listed_are_only_examples() {
            assertThat(ask("Quels centres de recherche existe-t-il ?")).cameFromRoute("company-list")
                    .says("les 2 noms que citent mes sources", "8 centres de recherche").citesSource("research-centres");
        }

        @Test
        void leaves_how_many_questions_to_the_passages_which_have_the_real_count() {
            assertThat(ask("How many equipment manufacturers are there?")).cameFromRoute("figure").says("76");
        }

        @Test
        void what_companies_make_or_took_part_in_is_not_passed_off_as_a_list() {
            assertThat(ask("Which companies make extrusions?")).hasOutcome(Outcome.NO_ANSWER).says("do not say");
            assertThat(ask("Which companies took part in the 2015 summit?")).hasOutcome(Outcome.NO_ANSWER)
                    .says("do not say");
        }

        @Test
        void which_of_a_kind_make_something_no_list_names_is_not_the_kinds_list() {
            assertThat(ask("Which of the local equipment makers build pot-tending machines?"))
                    .hasOutcome(Outcome.NO_ANSWER).says("do not say", "malika.cherry@valuminium.ca");
            assertThat(ask("Which companies produce primary aluminum in Québec?")).hasOutcome(Outcome.ANSWERED)
                    .says("Alcoa", "Alouette");
        }

        @Test
        void which_body_holds_a_mandate_for_an_activity_asks_for_an_organisation_not_what_companies_do() {
            assertThat(ask("Which entity holds the regional mandate for aluminium transformation and specialized equipment "
                    + "manufacturing around Saguenay?")).hasOutcome(Outcome.ANSWERED).says("Aluminium Valley Society")
                    .doesNotSay("do not say what", "Jérémie Cloutier");
        }

        @Test
        void what_a_kind_makes_is_read_only_up_to_the_end_of_its_clause() {
            assertThat(ask("C'est qui les producteurs qui font de l'aluminium primaire, ceux qui ont les grosses installations?"))
                    .cameFromRoute("company-list").hasOutcome(Outcome.ANSWERED).says("Alcoa", "Alouette");
        }

        @Test
        void how_many_of_a_kind_the_sources_name_is_the_length_of_their_list() {
            assertThat(ask("Of the equipment makers, how many do your materials actually name?")).cameFromRoute("company-list")
                    .says("(27)");
            assertThat(ask("How many equipment manufacturers are there?")).cameFromRoute("figure").says("76");
        }

        @Test
        void a_company_said_to_make_what_its_list_is_named_by_gets_that_list() {
            assertThat(ask("c'tu juste Rio Tinto pis Alcoa qui font d'l'alu primaire icitte?")).cameFromRoute("company-list")
                    .hasOutcome(Outcome.ANSWERED).says("Alcoa", "Alouette");
            assertThat(ask("When did Alcoa first produce primary aluminum?")).doesNotSay("Alouette");
        }

        @Test
        void lists_the_producers_in_french() {
            assertThat(ask("Quels sont les producteurs d'aluminium primaire ?")).cameFromRoute("company-list")
                    .isInLanguage(Language.FR).says("Alcoa", "Alouette", "Rio Tinto");
        }
    }

    @Nested
    class GeneralContactRuleTest {

        @Test
        void sends_investors_to_the_default_contact() {
            assertThat(ask("Who should I contact about investing?")).cameFromRoute("contact")
                    .says("malika.cherry@valuminium.ca");
        }

        @Test
        void understands_who_to_call_as_a_contact_question() {
            assertThat(ask("Who should I call about investing in Saguenay?")).cameFromRoute("contact")
                    .says("418 669-0003, ext. 224");
        }

        @Test
        void says_when_the_sources_have_no_contact_for_the_organisation_asked_about() {
            assertThat(ask("How can I contact AluQuébec?")).hasOutcome(Outcome.NO_ANSWER)
                    .says("no contact details for AluQuébec", "Malika Cherry");
        }
    }
}
