package qc.alubot.logbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static qc.alubot.logbook.ExchangeBuilder.exchange;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import qc.alubot.conversation.Answer;
import qc.alubot.conversation.Asker;
import qc.alubot.conversation.Channel;
import qc.alubot.conversation.Outcome;
import qc.alubot.conversation.Route;
import qc.alubot.conversation.Question;
import qc.alubot.language.Language;
import qc.alubot.conversation.Feedback;

/** The buffer and background writer: nothing is lost while the database is down, and nothing waits on it. */
@ExtendWith(OutputCaptureExtension.class)
class LogbookWriterTest {

    private UnreliableDataSource database;
    private LogbookFixture fixture;
    private LogbookBuffer buffer;
    private LogbookWriter writer;

    @BeforeEach
    void setUp() {
        database = new UnreliableDataSource(LogbookFixture.h2("mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
        fixture = new LogbookFixture(database);
        useBuffer(100);
    }

    private void useBuffer(int capacity) {
        buffer = new LogbookBuffer(capacity);
        writer = new LogbookWriter(buffer, fixture.store(), fixture.clock());
    }

    private void record(String... ids) {
        for (String id : ids) {
            buffer.offer(exchange().id(id).at(LogbookFixture.START.plusSeconds(List.of(ids).indexOf(id))).pending());
        }
    }

    private List<String> stored() {
        return fixture.jdbc().sql("SELECT id FROM exchange ORDER BY asked_at").query(String.class).list();
    }

    @Nested
    class While_the_database_is_down {

        @Test
        void keeps_every_exchange_waiting_and_writes_them_in_order_when_it_returns(CapturedOutput log) {
            database.goDown();
            record("first", "second", "third");
            assertThat(writer.flush()).isFalse();
            assertThat(buffer.size()).isEqualTo(3);
            assertThat(log).contains("Logbook database unavailable", "3 exchange(s) wait in memory", "answers are not affected");

            database.comeBack();
            assertThat(writer.flush()).isTrue();
            assertThat(stored()).containsExactly("first", "second", "third");
            assertThat(buffer.size()).isZero();
            assertThat(log).contains("Logbook database is back", "wrote 3 waiting exchange(s), none lost");
        }

        @ParameterizedTest
        @EnumSource(UnreliableDataSource.Failure.class)
        void takes_the_outage_path_however_the_database_fails_once_the_tables_exist(UnreliableDataSource.Failure how,
                                                                                   CapturedOutput log) {
            record("before");
            assertThat(writer.flush()).isTrue(); // migrated: the next failure comes from a transaction, not from Flyway
            database.goDown(how);
            record("during 1", "during 2");
            assertThat(writer.flush()).isFalse();
            assertThat(writer.flush()).isFalse();
            assertThat(log).contains("Logbook database unavailable", "2 exchange(s) wait in memory")
                    .doesNotContain("unexpectedly", "\tat ");
            assertThat(log.toString().split("Logbook database unavailable", -1)).as("said once, not per attempt").hasSize(2);

            database.comeBack();
            assertThat(writer.flush()).isTrue();
            assertThat(stored()).containsExactly("before", "during 1", "during 2");
            assertThat(log).contains("Logbook database is back", "wrote 2 waiting exchange(s), none lost");
        }

        @Test
        void turns_away_exchanges_beyond_the_bound_and_says_how_many(CapturedOutput log) {
            useBuffer(2);
            database.goDown();
            record("kept 1", "kept 2", "turned away 1", "turned away 2");
            writer.flush();
            assertThat(buffer.dropped()).isEqualTo(2);
            assertThat(log).contains("Logbook buffer full: 2 exchanges are waiting", "BOT_LOG_BUFFER_CAPACITY");

            database.comeBack();
            writer.flush();
            assertThat(stored()).containsExactly("kept 1", "kept 2");
            assertThat(log).contains("2 could not be recorded because the buffer was full");
        }

        @Test
        void backs_off_between_attempts_by_the_clock() {
            database.goDown();
            writer.tick();
            int afterFirstFailure = database.attempts();
            writer.tick();
            assertThat(database.attempts()).as("no attempt while backing off").isEqualTo(afterFirstFailure);
            fixture.clock().advance(LogbookWriter.MAX_BACKOFF);
            writer.tick();
            assertThat(database.attempts()).isGreaterThan(afterFirstFailure);
        }

        @Test
        void refuses_to_forget_rather_than_pretend_and_drops_the_waiting_exchanges() {
            database.goDown();
            buffer.offer(exchange().id("theirs").user(fixture.userRef("42")).pending());
            buffer.offer(exchange().id("someone else's").user(fixture.userRef("7")).pending());
            Logbook logbook = new Logbook(buffer, writer, new Pseudonyms(LogbookFixture.KEY), true, fixture.clock());
            assertThatThrownBy(() -> logbook.forget(new Asker("42", "42", "private")))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("try again later");
            assertThat(buffer.head(10)).extracting(p -> ((Pending.Record) p).exchange().id()).containsExactly("someone else's");
        }
    }

    @Test
    void writes_at_once_an_exchange_recorded_after_the_final_flush_began() {
        writer.start();
        writer.stop();
        Logbook logbook = new Logbook(buffer, writer, new Pseudonyms(LogbookFixture.KEY), true, fixture.clock());
        Answer late = new Answer("late", "Eight.", Language.EN, Route.RETRIEVAL, Outcome.ANSWERED, 1.0, List.of(), "", List.of(),
                "malika-cherry", "v1", "");
        logbook.answered(Question.of("How many smelters?", "late", Channel.HTTP), late, Duration.ofMillis(5));
        assertThat(buffer.size()).isZero();
        assertThat(stored()).hasSize(1);
    }

    @Test
    void writes_a_rating_after_the_exchange_it_rates() {
        record("rated");
        buffer.offer(new Pending.Rating("rated", Feedback.HELPFUL, LogbookFixture.START));
        writer.flush();
        assertThat(fixture.conversations().transcript("rated")).get().asList().extracting("feedback")
                .containsExactly(Feedback.HELPFUL);
    }

    @Test
    void costs_only_itself_when_the_database_refuses_an_entry(CapturedOutput log) {
        record("before");
        buffer.offer(exchange().id("broken").question(null).pending());
        record("after");
        assertThat(writer.flush()).isTrue();
        assertThat(stored()).containsExactly("before", "after");
        assertThat(log).contains("refused an entry (exchange broken)");
    }

    @Test
    void writes_in_the_background_once_the_bot_is_ready_and_everything_left_on_a_clean_stop() {
        writer.start();
        record("while starting");
        assertThat(buffer.size()).as("waiting until the bot is ready").isEqualTo(1);
        writer.onApplicationEvent(null);
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> stored().contains("while starting")); // tables made by the writer
        record("in the background");
        await().atMost(Duration.ofSeconds(10)).until(() -> stored().contains("in the background"));
        record("just before stopping");
        writer.stop();
        assertThat(stored()).contains("just before stopping");
        assertThat(writer.isRunning()).isFalse();
    }
}
