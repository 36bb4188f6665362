package qc.alubot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static qc.alubot.telegram.TelegramFixtures.message;
import static qc.alubot.telegram.TelegramFixtures.tap;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import qc.alubot.conversation.Asker;
import qc.alubot.conversation.Feedback;
import qc.alubot.e2e.BotTest;
import qc.alubot.telegram.FakeBotApi.Call;
import qc.alubot.telegram.TelegramTestBeans.ExaggeratingComposer;

/** Conversations through the real long-polling loop, against WireMock standing in for the Bot API. */
@BotTest
@DirtiesContext
@Import(TelegramTestBeans.class)
class TelegramConversationTest {

    static final FakeBotApi telegram = FakeBotApi.started();
    /** Each test writes as its own people, so flood limits and sessions never cross tests. */
    private static final AtomicInteger ids = new AtomicInteger(1000);

    @DynamicPropertySource
    static void telegramProperties(DynamicPropertyRegistry registry) {
        telegram.configure(registry);
    }

    @AfterAll
    static void stopTelegram() {
        telegram.stop();
    }

    @Autowired
    TelegramTestBeans.RecordingFeedback feedback;
    @Autowired
    TelegramTestBeans.RecordingEraser eraser;

    static int nextId() {
        return ids.addAndGet(10);
    }

    static List<Call> awaitDelivered(long chatId, int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> telegram.deliveredTo(chatId).size() >= count);
        return telegram.deliveredTo(chatId);
    }

    static Call ask(long userId, String language, String text) {
        int before = telegram.deliveredTo(userId).size();
        telegram.send(message(nextId()).from(userId, language).text(text).update());
        return awaitDelivered(userId, before + 1).get(before);
    }

    @Nested
    class A_conversation {

        @Test
        void welcomes_in_the_users_language_with_example_questions_to_tap() {
            long user = nextId();
            Call welcome = ask(user, "fr", "/start");
            assertThat(welcome.html()).isTrue();
            assertThat(TelegramHtml.visible(welcome.text())).contains("Bienvenue", "Par exemple");
            assertThat(welcome.buttons()).contains("ex:0:fr", "contacts:0:", "companies:0:", "lang:0:en");
            assertThat(welcome.buttonTexts()).contains("Combien y a-t-il d'alumineries au Québec ?");
        }

        @Test
        void answers_with_the_lead_in_bold_the_sources_in_italics_and_buttons() {
            long user = nextId();
            Call answer = ask(user, "en", "How many smelters are there in Québec?");
            TelegramHtml.assertValid(answer.text());
            assertThat(answer.text()).startsWith("<b>").contains("eight").contains("<i>Sources:");
            String exchange = answer.buttons().get(0).substring("up:0:".length());
            assertThat(answer.buttons()).startsWith("up:0:" + exchange, "down:0:" + exchange, "src:0:" + exchange,
                    "who:0:" + exchange).contains("rel:0:" + exchange);
        }

        @Test
        void keeps_follow_ups_together_in_a_chat() {
            long user = nextId();
            ask(user, "fr", "Qui est la directrice générale ?");
            Call followUp = ask(user, "fr", "Et son courriel ?");
            assertThat(followUp.text()).contains("malika.cherry@valuminium.ca");
        }

        @Test
        void registers_the_command_menu_in_english_and_french() {
            await().atMost(Duration.ofSeconds(10)).until(() -> telegram.calls("setMyCommands").size() >= 2);
            List<Call> menus = telegram.calls("setMyCommands");
            assertThat(menus).anySatisfy(menu -> assertThat(menu.raw()).contains("\"language_code\":\"fr\"", "forget",
                    "Supprimer ce que je conserve"));
            assertThat(menus).anySatisfy(menu -> assertThat(menu.raw()).doesNotContain("language_code")
                    .contains("privacy", "What I keep about you"));
        }

        @Test
        void answers_an_update_sent_twice_once() {
            long user = nextId();
            int updateId = nextId();
            telegram.send(message(updateId).from(user, "en").text("What is AluQuébec?").update());
            awaitDelivered(user, 1);
            telegram.send(message(updateId).from(user, "en").text("What is AluQuébec?").update());
            Call probe = ask(user, "en", "/help");
            assertThat(telegram.deliveredTo(user)).hasSize(2).last().isEqualTo(probe);
        }
    }

    @Nested
    class Buttons {

        @Test
        void feedback_reaches_every_feedback_listener_and_the_tap_is_acknowledged() {
            long user = nextId();
            Call answer = ask(user, "en", "What is AluQuébec?");
            String down = answer.buttons().get(1);
            int tapId = nextId();
            telegram.send(tap(tapId).from(user, "en").data(down).update());
            await().atMost(Duration.ofSeconds(10)).until(() -> telegram.calls("answercallbackquery").stream()
                    .anyMatch(call -> call.raw().contains("query-" + tapId)));
            assertThat(feedback.received).containsEntry(down.substring("down:0:".length()), Feedback.NOT_HELPFUL);
        }

        @Test
        void talk_to_a_person_shows_the_contact_card_word_for_word() {
            long user = nextId();
            Call answer = ask(user, "en", "Who is the general director of Aluminium Valley Society?");
            String who = answer.buttons().stream().filter(b -> b.startsWith("who:")).findFirst().orElseThrow();
            telegram.send(tap(nextId()).from(user, "en").data(who).update());
            Call card = awaitDelivered(user, 2).get(1);
            assertThat(TelegramHtml.visible(card.text())).contains("The right person to talk to:", "Malika Cherry",
                    "malika.cherry@valuminium.ca");
        }

        @Test
        void sources_and_related_questions_open_from_their_buttons() {
            long user = nextId();
            Call answer = ask(user, "en", "How many smelters are there in Québec?");
            String sources = answer.buttons().stream().filter(b -> b.startsWith("src:")).findFirst().orElseThrow();
            String related = answer.buttons().stream().filter(b -> b.startsWith("rel:0:")).findFirst().orElseThrow();
            telegram.send(tap(nextId()).from(user, "en").data(sources).update());
            Call shown = awaitDelivered(user, 2).get(1);
            assertThat(TelegramHtml.visible(shown.text())).startsWith("Sources:").contains("• ");
            telegram.send(tap(nextId()).from(user, "en").data(related).update());
            Call followUp = awaitDelivered(user, 3).get(2);
            TelegramHtml.assertValid(followUp.text());
            assertThat(followUp.text()).startsWith("<i>").contains("<b>");
        }

        @Test
        void an_example_question_button_asks_it() {
            long user = nextId();
            telegram.send(tap(nextId()).from(user, "en").data("ex:2:en").update());
            Call answer = awaitDelivered(user, 1).get(0);
            assertThat(TelegramHtml.visible(answer.text())).startsWith("What is AluQuébec?").contains("AluQuébec");
        }
    }

    @Nested
    class Rendering {

        @Test
        void escapes_hostile_text_from_the_answer_and_from_the_investor() {
            long user = nextId();
            Call answer = ask(user, "en", "What is AluQuébec, " + ExaggeratingComposer.HOSTILE + "?");
            TelegramHtml.assertValid(answer.text());
            assertThat(answer.text()).doesNotContain("<script>").contains("&lt;script&gt;", "&amp; counting", "&lt;b&gt;eight");
            assertThat(TelegramHtml.visible(answer.text())).contains(ExaggeratingComposer.HOSTILE_TEXT);

            telegram.send(message(nextId()).from(user, "en").text("<b>Who</b> & <script>x</script> is the general director?")
                    .edited().update());
            Call edited = awaitDelivered(user, 2).get(1);
            TelegramHtml.assertValid(edited.text());
            assertThat(edited.text()).contains("&lt;b&gt;Who&lt;/b&gt; &amp; &lt;script&gt;x&lt;/script&gt;");
            assertThat(TelegramHtml.visible(edited.text())).contains("<b>Who</b> & <script>x</script> is the general director?");
        }

        @Test
        void splits_a_10000_character_answer_on_paragraph_boundaries_in_order() {
            long user = nextId();
            telegram.send(message(nextId()).from(user, "en")
                    .text("What is AluQuébec, " + ExaggeratingComposer.LONG + "?").update());
            List<Call> parts = awaitDelivered(user, 3);
            assertThat(parts).hasSize(3).allSatisfy(part -> {
                assertThat(part.text().length()).isLessThanOrEqualTo(4096);
                TelegramHtml.assertValid(part.text());
            });
            String joined = String.join("\n\n", parts.stream().map(p -> TelegramHtml.visible(p.text())).toList());
            assertThat(joined).startsWith(ExaggeratingComposer.longBody());
            assertThat(parts.get(0).buttons()).isEmpty();
            assertThat(parts.get(2).buttons()).isNotEmpty();
        }
    }

    @Nested
    class Telegram_manners {

        @Test
        void answers_non_text_messages_politely_in_text() {
            long user = nextId();
            telegram.send(message(nextId()).from(user, "fr").photo().update());
            telegram.send(message(nextId()).from(user, "en").sticker().update());
            List<Call> replies = awaitDelivered(user, 2);
            assertThat(replies.get(0).text()).startsWith("Je ne lis que le texte");
            assertThat(replies.get(1).text()).startsWith("I can only read text");
        }

        @Test
        void in_groups_answers_only_commands_mentions_and_replies_to_it() {
            long group = -100_000L - nextId();
            long user = nextId();
            telegram.send(message(nextId()).from(user, "en").inGroup(group).text("lunch at noon?").update(),
                    message(nextId()).from(user, "en").inGroup(group).text("/help@SomeOtherBot").update(),
                    message(nextId()).from(user, "en").inGroup(group).text("/help@" + TelegramFixtures.BOT_USERNAME).update(),
                    message(nextId()).from(user, "en").inGroup(group).text("@" + TelegramFixtures.BOT_USERNAME
                            + " how many smelters are there in Québec?").update(),
                    message(nextId()).from(user, "en").inGroup(group).text("and recyclers?").replyingToBot().update());
            List<Call> replies = awaitDelivered(group, 3);
            assertThat(replies.get(0).text()).contains("Ask me a question");
            assertThat(replies.get(1).text()).contains("eight");
            assertThat(replies.get(1).body().path("reply_parameters").path("message_id").asInt()).isPositive();
            Call probe = ask(user, "en", "/help");
            assertThat(probe).isNotNull();
            assertThat(telegram.deliveredTo(group)).hasSize(3);
        }

        @Test
        void switches_language_on_request_and_keeps_it() {
            long user = nextId();
            Call menu = ask(user, "en", "/language");
            assertThat(menu.buttons()).containsExactly("lang:0:en", "lang:0:fr");
            telegram.send(tap(nextId()).from(user, "en").data("lang:0:fr").update());
            assertThat(awaitDelivered(user, 2).get(1).text()).contains("Je réponds désormais en français");
            Call answer = ask(user, "en", "How many recyclers are there in Québec?");
            assertThat(answer.text()).contains("132", "Sources :");
        }

        @Test
        void holds_back_a_flood_with_one_polite_warning() {
            long user = nextId();
            for (int i = 0; i < 12; i++) {
                telegram.send(message(nextId()).from(user, "en").text("Hello " + i).update());
            }
            List<Call> replies = awaitDelivered(user, 11);
            assertThat(replies.get(10).text()).startsWith("You are sending messages faster");
            telegram.send(tap(nextId()).from(user, "en").data("ex:0:en").update());
            await().atMost(Duration.ofSeconds(5)).until(() -> telegram.updates().offsets().size() > 0
                    && telegram.updates().confirmed(ids.get()));
            assertThat(telegram.deliveredTo(user)).hasSize(11);
        }
    }

    @Nested
    class Privacy {

        @Test
        void privacy_says_what_is_kept_why_and_for_how_long() {
            Call notice = ask(nextId(), "en", "/privacy");
            assertThat(notice.text()).contains("pseudonymous", "staff", "improve", "180 days", "masked", "/forget");
        }

        @Test
        void forget_asks_first_then_erases_everywhere_and_says_how_much() {
            long user = nextId();
            Call confirm = ask(user, "en", "/forget");
            assertThat(confirm.buttons()).containsExactly("forget-yes:0:", "forget-no:0:");
            telegram.send(tap(nextId()).from(user, "en").data("forget-yes:0:").update());
            Call done = awaitDelivered(user, 2).get(1);
            assertThat(done.text()).contains("deleted 3 record(s)");
            assertThat(eraser.asked).contains(new Asker(String.valueOf(user), String.valueOf(user), "private"));
        }
    }
}
