package qc.alubot.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static qc.alubot.AnswerAssert.assertThat;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import qc.alubot.conversation.Answer;
import qc.alubot.conversation.Channel;
import qc.alubot.conversation.Outcome;
import qc.alubot.conversation.Question;
import qc.alubot.language.Language;

class AnswerServiceTest {

    private final TestEngine engine = TestEngine.shared();

    @Nested
    class Answers {

        @Test
        void lead_with_the_figure_asked_for_and_cite_the_passage() {
            assertThat(engine.ask("How many aluminum recyclers are there in Québec?")).cameFromRoute("figure")
                    .hasOutcome(Outcome.ANSWERED).leadsWith("132").citesSource("recyclers").says("Sources:");
        }

        @Test
        void carry_the_knowledge_version_that_made_them() {
            Answer answer = engine.ask("What is AluQuébec?");
            assertThat(answer.knowledgeVersion()).isEqualTo(engine.snapshot().version()).hasSize(12);
        }

        @Test
        void offer_related_questions_from_the_passage() {
            assertThat(engine.ask("How many smelters are there in Québec?").related()).isNotEmpty();
        }
    }

    @Nested
    class Language_ {

        @Test
        void answers_in_the_language_of_the_question() {
            assertThat(engine.ask("Combien y a-t-il de recycleurs ?")).isInLanguage(Language.FR).says("132", "Sources :");
        }

        @Test
        void keeps_the_conversation_language_when_a_message_gives_no_sign() {
            String session = UUID.randomUUID().toString();
            engine.ask("Bonjour, combien d'alumineries au Québec ?", session);
            assertThat(engine.ask("Verbom?", session)).isInLanguage(Language.FR);
        }

        @Test
        void obeys_a_language_chosen_explicitly() {
            Answer answer = engine.service().answer(new Question("How many recyclers?", null, Channel.HTTP,
                    Optional.of(Language.FR), Optional.empty(), null));
            assertThat(answer).isInLanguage(Language.FR).says("132");
        }

        @Test
        void falls_back_to_the_channel_language_for_a_first_message_without_signs() {
            Answer answer = engine.service().answer(new Question("Verbom", null, Channel.TELEGRAM,
                    Optional.empty(), Optional.of(Language.FR), null));
            assertThat(answer).isInLanguage(Language.FR);
        }
    }

    @Nested
    class FollowUps {

        @Test
        void complete_an_elliptic_question_with_the_last_topic() {
            String session = UUID.randomUUID().toString();
            engine.ask("How many smelters are there in Québec?", session);
            assertThat(engine.ask("And how much do they produce?", session)).leadsWith("2.9 million");
        }

        @Test
        void read_he_as_the_person_just_discussed() {
            String session = UUID.randomUUID().toString();
            engine.ask("Who is Julien Gendron?", session);
            assertThat(engine.ask("How long did he work at Rio Tinto Alcan?", session)).says("30 years");
        }

        @Test
        void stay_within_their_session() {
            engine.ask("Who is the development manager?", "one");
            assertThat(engine.ask("What is his email?", "other")).doesNotSay("julien.gendron@valuminium.ca");
        }

        @Test
        void name_the_right_contact_for_the_subject_when_there_is_no_answer() {
            assertThat(engine.ask("Y a-t-il des crédits d'impôt pour la transformation de l'aluminium ?"))
                    .hasOutcome(Outcome.NO_ANSWER).says("Jérémie Cloutier", "malika.cherry@valuminium.ca");
        }
    }

    @Nested
    class HonestFallbacks {

        @Test
        void decline_out_of_scope_questions_even_when_they_mention_aluminum() {
            assertThat(engine.ask("What is the price of aluminum today?")).cameFromRoute("fallback")
                    .hasOutcome(Outcome.DECLINED).doesNotSay("Sources:");
        }

        @Test
        void decline_in_french_too() {
            assertThat(engine.ask("Quel temps fera-t-il à Chicoutimi demain ?")).hasOutcome(Outcome.DECLINED)
                    .isInLanguage(Language.FR).says("Désolé");
        }

        @Test
        void say_when_the_knowledge_has_no_answer_and_name_a_contact() {
            assertThat(engine.ask("Does Hydro-Québec offer special electricity deals to new aluminum plants?")).cameFromRoute("fallback")
                    .hasOutcome(Outcome.NO_ANSWER).says("I don't have information", "malika.cherry@valuminium.ca");
        }

        @Test
        void name_the_detail_the_sources_lack_before_what_they_say_about_the_organisation() {
            assertThat(engine.ask("What is the annual budget of Aluminium Valley Society?")).cameFromRoute("fallback")
                    .hasOutcome(Outcome.NO_ANSWER).says("do not give that detail (annual budget)", "Aluminium Valley Society",
                            "malika.cherry@valuminium.ca");
        }

        @Test
        void route_investors_own_questions_the_sources_cannot_answer_to_a_person_rather_than_decline() {
            assertThat(engine.ask("Can I get a grant to build a plant?")).hasOutcome(Outcome.NO_ANSWER)
                    .says("malika.cherry@valuminium.ca");
            assertThat(engine.ask("Y a-t-il des subventions pour s'implanter au Saguenay ?")).hasOutcome(Outcome.NO_ANSWER)
                    .isInLanguage(Language.FR);
        }

        @Test
        void spell_out_abbreviations_for_search() {
            assertThat(engine.ask("when was AVS created")).citesSource("history-2001-avs-launch").says("2001");
        }

        @Test
        void do_not_answer_a_company_specific_question_with_a_cluster_figure() {
            assertThat(engine.ask("How many employees does Alouette have?")).hasOutcome(Outcome.NO_ANSWER);
        }
    }

    @Nested
    class Conversation {

        @Test
        void greets_back_briefly() {
            assertThat(engine.ask("Hello!")).cameFromRoute("smalltalk").hasOutcome(Outcome.CONVERSATION);
        }

        @Test
        void answers_the_question_behind_a_greeting() {
            assertThat(engine.ask("Hi, how many recyclers are there?")).cameFromRoute("figure").says("132");
        }

        @Test
        void thanks_in_french() {
            assertThat(engine.ask("Merci beaucoup, très utile")).cameFromRoute("smalltalk").isInLanguage(Language.FR);
        }

        @Test
        void welcomes_with_examples_on_start() {
            assertThat(engine.ask("/start")).cameFromRoute("command").says("How many smelters");
        }

        @Test
        void understands_commands_addressed_to_the_bot_by_name_in_groups() {
            assertThat(engine.ask("/help@AluQuebecBot")).cameFromRoute("command").says("/contacts");
        }

        @Test
        void lists_the_team_on_contacts() {
            assertThat(engine.ask("/contacts")).cameFromRoute("command").says("Malika Cherry", "Julien Gendron");
        }

        @Test
        void explains_an_unknown_command() {
            assertThat(engine.ask("/weather")).cameFromRoute("command").says("don't know that command");
        }
    }
}
