package qc.alubot.logbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import qc.alubot.answer.AnswerService;
import qc.alubot.answer.TestEngine;
import qc.alubot.conversation.Answer;
import qc.alubot.conversation.Asker;
import qc.alubot.conversation.Channel;
import qc.alubot.conversation.Feedback;
import qc.alubot.conversation.Question;
import qc.alubot.language.Language;

/** Every answer the engine gives is recorded, pseudonymised and masked, whatever the channel. */
class LogbookRecordingTest {

    private final LogbookFixture fixture = LogbookFixture.inMemory();
    private final Logbook logbook = fixture.logbook();
    private final AnswerService answers = TestEngine.shared().serviceTelling(logbook);

    private static Question telegram(String text, String userId, String chatId, String chatType) {
        return new Question(text, chatId, Channel.TELEGRAM, Optional.empty(), Optional.of(Language.EN),
                new Asker(userId, chatId, chatType));
    }

    private List<Exchange> stored() {
        logbook.flush();
        return fixture.conversations().newest(ConversationFilter.none(), 100);
    }

    @Nested
    class Records {

        @Test
        void a_telegram_exchange_with_everything_staff_need() {
            Answer answer = answers.answer(telegram("How many smelters are there in Québec?", "123456789", "-100777", "supergroup"));
            Exchange exchange = stored().get(0);
            assertThat(exchange.id()).isEqualTo(answer.id());
            assertThat(exchange.channel()).isEqualTo(Channel.TELEGRAM);
            assertThat(exchange.chatType()).isEqualTo("supergroup");
            assertThat(exchange.language()).isEqualTo(Language.EN);
            assertThat(exchange.question()).isEqualTo("How many smelters are there in Québec?");
            assertThat(exchange.answer()).isEqualTo(answer.text()).contains("eight");
            assertThat(exchange.route()).isEqualTo(answer.route().id()).isEqualTo("figure");
            assertThat(exchange.outcome()).isEqualTo(answer.outcome());
            assertThat(exchange.confidence()).isEqualTo(answer.confidence());
            assertThat(exchange.sourceIds()).contains("smelters-output");
            assertThat(exchange.knowledgeVersion()).isEqualTo(answer.knowledgeVersion());
            assertThat(exchange.askedAt()).isBeforeOrEqualTo(LogbookFixture.START);
        }

        @Test
        void pseudonyms_and_never_the_raw_telegram_ids() {
            answers.answer(telegram("Who is the general director?", "123456789", "-100777", "group"));
            Exchange exchange = stored().get(0);
            assertThat(exchange.userRef()).isEqualTo(fixture.userRef("123456789")).hasSize(32);
            assertThat(exchange.chatRef()).isEqualTo(fixture.chatRef("-100777")).isNotEqualTo(exchange.userRef());
            List<Map<String, Object>> rows = fixture.jdbc().sql("SELECT * FROM exchange").query().listOfRows();
            assertThat(rows.get(0).values()).allSatisfy(value -> assertThat(String.valueOf(value))
                    .doesNotContain("123456789").doesNotContain("100777"));
        }

        @Test
        void the_http_and_terminal_channels_with_their_chat_type() {
            String session = UUID.randomUUID().toString();
            answers.answer(new Question("How many recyclers?", session, Channel.HTTP, Optional.empty(), Optional.empty(),
                    new Asker(null, session, "http")));
            answers.answer(new Question("Who is the development manager?", "terminal", Channel.TERMINAL, Optional.empty(),
                    Optional.empty(), Asker.anonymous("terminal")));
            assertThat(stored()).extracting(Exchange::channel, Exchange::chatType, Exchange::userRef, Exchange::chatRef)
                    .containsExactlyInAnyOrder(tuple(Channel.HTTP, "http", null, fixture.chatRef(session)),
                            tuple(Channel.TERMINAL, "terminal", null, null));
        }

        @Test
        void the_investor_rating_with_its_exchange() {
            Answer answer = answers.answer(telegram("How many recyclers are there?", "1", "1", "private"));
            logbook.feedback(answer.id(), Feedback.NOT_HELPFUL);
            assertThat(stored().get(0).feedback()).isEqualTo(Feedback.NOT_HELPFUL);
        }

        @Test
        void nothing_from_the_evaluation_or_the_benchmark() {
            answers.answer(Question.of("How many smelters are there in Québec?", null, Channel.EVALUATION));
            assertThat(stored()).isEmpty();
        }
    }

    @Nested
    class Personal_data {

        private static final String TYPED = "I am jane.doe@example.com, phone +1 (418) 555-0199 or 555-0123: who handles land in Saguenay?";

        @Test
        void is_masked_in_stored_questions_by_default() {
            answers.answer(telegram(TYPED, "1", "1", "private"));
            assertThat(stored().get(0).question())
                    .isEqualTo("I am [email], phone [phone] or [phone]: who handles land in Saguenay?");
        }

        @Test
        void is_kept_as_typed_when_masking_is_turned_off() {
            Logbook unmasked = fixture.logbook(10, false);
            TestEngine.shared().serviceTelling(unmasked).answer(telegram(TYPED, "1", "1", "private"));
            unmasked.flush();
            assertThat(fixture.conversations().newest(ConversationFilter.none(), 1).get(0).question()).isEqualTo(TYPED);
        }

        @Test
        void is_forgotten_on_request_including_exchanges_still_waiting() {
            answers.answer(telegram("How many smelters?", "42", "42", "private"));
            answers.answer(telegram("Who is on the board?", "7", "7", "private"));
            logbook.flush();
            answers.answer(telegram("And the recyclers?", "42", "42", "private")); // still waiting in memory

            assertThat(logbook.forget(new Asker("42", "42", "private"))).isEqualTo(2);
            assertThat(stored()).extracting(Exchange::question).containsExactly("Who is on the board?");
        }
    }

    @Test
    void answering_never_waits_for_the_database() {
        UnreliableDataSource down = new UnreliableDataSource(LogbookFixture.h2("mem:" + UUID.randomUUID()));
        down.goDown();
        Logbook unreachable = new LogbookFixture(down).logbook();
        Answer answer = TestEngine.shared().serviceTelling(unreachable).answer(telegram("How many smelters?", "1", "1", "private"));
        assertThat(answer.text()).contains("eight");
        assertThat(down.attempts()).as("connections tried while answering").isZero();
        assertThat(unreachable.waiting()).isEqualTo(1);
    }
}
