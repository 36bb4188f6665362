package qc.alubot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static qc.alubot.telegram.TelegramFixtures.message;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import qc.alubot.e2e.BotTest;
import qc.alubot.telegram.FakeBotApi.Call;

/**
 * The Bot API misbehaving as it does in real life: rate limits, server errors, a proxy's HTML
 * error page, connections cut, slow answers. Every question must be answered exactly once.
 * Faults are switched on one test at a time, in order, as they change the shared stand-in.
 */
@BotTest
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TelegramFaultsTest {

    static final FakeBotApi telegram = FakeBotApi.started();

    @DynamicPropertySource
    static void telegramProperties(DynamicPropertyRegistry registry) {
        telegram.configure(registry);
    }

    @AfterAll
    static void stopTelegram() {
        telegram.stop();
    }

    @Test
    @Order(1)
    void every_question_is_answered_exactly_once_through_429_500_502_resets_and_slow_responses() {
        for (String fault : List.of("sendmessage-1-rate-limited.json", "sendmessage-2-internal-error.json",
                "sendmessage-3-bad-gateway.json", "sendmessage-4-connection-reset.json", "sendmessage-5-slow.json")) {
            telegram.fail(fault);
        }
        List<Long> chats = List.of(501L, 502L, 503L, 504L, 505L, 506L);
        IntStream.range(0, chats.size()).forEach(i -> telegram.send(message(5000 + i).from(chats.get(i), "en")
                .text("What is AluQuébec?").update()));

        await().atMost(Duration.ofSeconds(30)).until(() -> chats.stream().allMatch(c -> !telegram.deliveredTo(c).isEmpty()));
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
                .until(() -> telegram.delivered().size() == chats.size());
        assertThat(chats).allSatisfy(chat -> assertThat(telegram.deliveredTo(chat)).hasSize(1));
        assertThat(telegram.calls("sendmessage")).hasSizeGreaterThanOrEqualTo(chats.size() + 3); // failed tries, retried
    }

    @Test
    @Order(2)
    void waits_the_retry_after_telegram_asks_for() {
        List<Call> sends = telegram.calls("sendmessage");
        Call limited = sends.stream().filter(call -> call.stub().equals("sendmessage-1-rate-limited.json")).findFirst().orElseThrow();
        Call retry = sends.stream().filter(call -> call.chatId() == limited.chatId() && call.at().isAfter(limited.at()))
                .findFirst().orElseThrow();
        assertThat(Duration.between(limited.at(), retry.at())).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    @Order(3)
    void resends_as_plain_text_when_telegram_cannot_parse_the_html() {
        telegram.fail("sendmessage-bad-markup.json");
        telegram.send(message(5100).from(510, "en").text("What is AluQuébec?").update());
        await().atMost(Duration.ofSeconds(10)).until(() -> telegram.deliveredTo(510).size() == 1);
        Call plain = telegram.deliveredTo(510).get(0);
        assertThat(plain.html()).isFalse();
        assertThat(plain.text()).doesNotContain("<b>").contains("AluQuébec");
        assertThat(telegram.calls("sendmessage").stream().filter(c -> c.chatId() == 510)).hasSize(2);
    }

    @Test
    @Order(4)
    void polling_recovers_from_failing_getupdates() {
        telegram.fail("getupdates-1-internal-error.json");
        telegram.fail("getupdates-2-bad-gateway.json");
        telegram.fail("getupdates-3-connection-reset.json");
        telegram.send(message(5200).from(520, "en").text("What is AluQuébec?").update());
        await().atMost(Duration.ofSeconds(10)).until(() -> telegram.deliveredTo(520).size() == 1);
        assertThat(telegram.calls("getupdates").stream().filter(call -> call.stub().startsWith("getupdates-"))).hasSize(3);
    }

    @Test
    @Order(5)
    void a_failing_typing_indicator_or_command_menu_never_stops_an_answer() {
        telegram.fail("sendchataction-down.json");
        telegram.fail("setmycommands-down.json");
        telegram.send(message(5300).from(530, "en").text("What is AluQuébec?").update());
        await().atMost(Duration.ofSeconds(10)).until(() -> telegram.deliveredTo(530).size() == 1);
        assertThat(telegram.calls("sendChatAction").stream().filter(call -> !call.accepted())).isNotEmpty();
    }

    @Test
    @Order(6)
    void a_slow_chat_blocks_no_other_and_its_update_is_confirmed_only_once_answered() {
        telegram.fail("sendmessage-slow-chat.json");
        telegram.send(message(5400).from(7770, "en").text("What is AluQuébec?").update());
        await().atMost(Duration.ofSeconds(5)).until(() -> !telegram.calls("sendmessage").stream()
                .filter(call -> call.chatId() == 7770).toList().isEmpty());
        telegram.send(message(5401).from(540, "en").text("What is AluQuébec?").update());

        await().atMost(Duration.ofSeconds(5)).until(() -> telegram.deliveredTo(540).size() == 1);
        assertThat(telegram.updates().confirmed(5400)).as("the slow chat's update, still being answered").isFalse();
        assertThat(telegram.updates().offsets()).allSatisfy(offset -> assertThat(offset).isLessThanOrEqualTo(5400));

        await().atMost(Duration.ofSeconds(10)).until(() -> telegram.updates().confirmed(5401));
        assertThat(telegram.deliveredTo(7770)).hasSize(1);
    }
}
