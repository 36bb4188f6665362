package qc.alubot.logbook;

import static org.assertj.core.api.Assertions.assertThat;
import static qc.alubot.logbook.ExchangeBuilder.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSourceUtils;
import qc.alubot.conversation.Channel;
import qc.alubot.conversation.Feedback;
import qc.alubot.conversation.Outcome;
import qc.alubot.language.Language;

/**
 * The staff pages' read side over known rows, run against each supported database: the
 * dashboard's aggregates (days in the staff's time zone, shares, percentiles, versions) and the
 * unanswered questions with their repetitions merged and staff decisions applied.
 */
abstract class AggregatesContract {

    static final ZoneId QUEBEC = ZoneId.of("America/Toronto");
    static final Instant NOV_20 = Instant.parse("2026-11-20T05:00:00Z"); // midnight in Québec
    static final Instant NOV_22 = Instant.parse("2026-11-22T05:00:00Z");

    DataSource database;
    LogbookFixture fixture;

    abstract DataSource freshDatabase();

    @BeforeEach
    void setUp() {
        database = freshDatabase();
        fixture = new LogbookFixture(database);
    }

    void write(ExchangeBuilder... exchanges) {
        fixture.store().write(Arrays.stream(exchanges).map(e -> (Pending) e.pending()).toList());
    }

    static ConversationFilter period(Instant from, Instant to) {
        return new ConversationFilter(from, to, null, null, null, false, false, null);
    }

    @Nested
    class Dashboard {

        Activity activity;

        @BeforeEach
        void knownRows() {
            write(exchange().at(Instant.parse("2026-11-01T12:00:00Z")).version("v1"), // before the period
                    exchange().at(Instant.parse("2026-11-20T15:00:00Z")).feedback(Feedback.HELPFUL).latency(2).version("v1"),
                    // 23:30 on the 20th in Québec, though already the 21st in UTC
                    exchange().at(Instant.parse("2026-11-21T04:30:00Z")).unanswered(Outcome.NO_ANSWER).language(Language.FR)
                            .channel(Channel.HTTP).latency(5).version("v1"),
                    exchange().at(Instant.parse("2026-11-21T12:00:00Z")).language(Language.FR)
                            .feedback(Feedback.NOT_HELPFUL).latency(10).version("v2"),
                    exchange().at(Instant.parse("2026-11-21T13:00:00Z")).unanswered(Outcome.DECLINED)
                            .channel(Channel.TERMINAL).latency(100).version("v2"),
                    exchange().at(Instant.parse("2026-11-21T14:00:00Z")).outcome(Outcome.CONVERSATION).route("smalltalk")
                            .latency(1).version("v2"),
                    exchange().at(NOV_22).version("v3")); // the day after: outside
            activity = fixture.statistics().activity(period(NOV_20, NOV_22), QUEBEC);
        }

        @Test
        void counts_questions_and_the_answered_share_leaving_greetings_out() {
            assertThat(activity.total()).isEqualTo(5);
            assertThat(activity.questions()).isEqualTo(4);
            assertThat(activity.answeredShare()).isEqualTo(0.5);
        }

        @Test
        void counts_each_day_in_the_staff_time_zone_with_quiet_days_at_zero() {
            Map<LocalDate, Map<Outcome, Long>> days = activity.daily(LocalDate.of(2026, 11, 19), LocalDate.of(2026, 11, 21));
            assertThat(days.get(LocalDate.of(2026, 11, 19))).isEmpty();
            assertThat(days.get(LocalDate.of(2026, 11, 20))).containsOnly(Map.entry(Outcome.ANSWERED, 1L),
                    Map.entry(Outcome.NO_ANSWER, 1L));
            assertThat(days.get(LocalDate.of(2026, 11, 21))).containsOnly(Map.entry(Outcome.ANSWERED, 1L),
                    Map.entry(Outcome.DECLINED, 1L), Map.entry(Outcome.CONVERSATION, 1L));
        }

        @Test
        void splits_by_language_and_channel() {
            assertThat(activity.byLanguage()).containsOnly(Map.entry(Language.EN, 3L), Map.entry(Language.FR, 2L));
            assertThat(activity.byChannel()).containsOnly(Map.entry(Channel.TELEGRAM, 3L), Map.entry(Channel.HTTP, 1L),
                    Map.entry(Channel.TERMINAL, 1L));
        }

        @Test
        void measures_how_often_investors_rate_and_how_many_ratings_are_helpful() {
            assertThat(activity.rated()).isEqualTo(2);
            assertThat(activity.ratedShare()).isEqualTo(0.4);
            assertThat(activity.helpfulShare()).isEqualTo(0.5);
        }

        @Test
        void gives_exact_latency_percentiles() {
            assertThat(activity.latencyPercentile(20)).isEqualTo(1);
            assertThat(activity.latencyPercentile(50)).isEqualTo(5);
            assertThat(activity.latencyPercentile(90)).isEqualTo(100);
        }

        @Test
        void marks_each_knowledge_version_from_its_first_answer_with_its_answered_share() {
            assertThat(activity.versions()).extracting(Activity.VersionSpan::version).containsExactly("v1", "v2");
            Activity.VersionSpan first = activity.versions().get(0);
            Activity.VersionSpan second = activity.versions().get(1);
            assertThat(first.firstAnswer()).isEqualTo(Instant.parse("2026-11-01T12:00:00Z"));
            assertThat(first.answeredShare()).isEqualTo(0.5);
            assertThat(second.firstAnswer()).isEqualTo(Instant.parse("2026-11-21T12:00:00Z"));
            assertThat(second.questions()).isEqualTo(2);
        }

        @Test
        void is_all_zero_for_a_quiet_period() {
            Activity quiet = fixture.statistics().activity(period(NOV_22.plusSeconds(3_600), null), QUEBEC);
            assertThat(quiet.total()).isZero();
            assertThat(quiet.answeredShare()).isZero();
            assertThat(quiet.latencyPercentile(50)).isZero();
        }
    }

    @Nested
    class Unanswered {

        final Instant start = LogbookFixture.START;

        List<AskedQuestion> open() {
            return fixture.unanswered().newest(ConversationFilter.none(), UnansweredQuestions.View.OPEN, 100);
        }

        List<AskedQuestion> marked() {
            return fixture.unanswered().newest(ConversationFilter.none(), UnansweredQuestions.View.MARKED, 100);
        }

        ExchangeBuilder asked(String question, int minute) {
            return exchange().question(question).unanswered(Outcome.NO_ANSWER).at(start.plusSeconds(60L * minute));
        }

        @Test
        void merges_exact_repetitions_whatever_the_case_newest_first() {
            write(asked("How many employees?", 1), asked("HOW MANY EMPLOYEES?", 3), asked("how many employees?", 2),
                    asked("Port capacity?", 4), exchange().question("How many employees?").at(start.plusSeconds(600)));
            List<AskedQuestion> questions = open();
            assertThat(questions).extracting(AskedQuestion::key).containsExactly("port capacity?", "how many employees?");
            AskedQuestion employees = questions.get(1);
            assertThat(employees.count()).isEqualTo(3);
            assertThat(employees.newest().question()).isEqualTo("HOW MANY EMPLOYEES?");
            assertThat(employees.firstAsked()).isEqualTo(start.plusSeconds(60));
        }

        @Test
        void hides_a_question_marked_handled_until_it_is_asked_again_then_counts_only_the_new_askings() {
            write(asked("Port capacity?", 1), asked("port capacity?", 2));
            fixture.unanswered().mark(List.of("port capacity?"), new Mark(Mark.State.HANDLED, start.plusSeconds(300), "v1"));
            assertThat(open()).isEmpty();
            assertThat(marked()).singleElement().satisfies(q -> assertThat(q.count()).isEqualTo(2));

            write(asked("Port capacity?", 10));
            AskedQuestion back = open().get(0);
            assertThat(back.count()).isEqualTo(1);
            assertThat(back.back()).isTrue();
            assertThat(back.mark().version()).isEqualTo("v1");
        }

        @Test
        void keeps_an_ignored_question_hidden_even_when_asked_again() {
            write(asked("asdf", 1));
            fixture.unanswered().mark(List.of("asdf"), new Mark(Mark.State.IGNORED, start.plusSeconds(300), "v1"));
            write(asked("asdf", 10));
            assertThat(open()).isEmpty();
            assertThat(marked()).singleElement().satisfies(q -> assertThat(q.count()).isEqualTo(2));
        }

        @Test
        void reopens_a_question_and_replaces_an_earlier_decision() {
            write(asked("Port capacity?", 1));
            fixture.unanswered().mark(List.of("port capacity?"), new Mark(Mark.State.IGNORED, start.plusSeconds(300), "v1"));
            fixture.unanswered().mark(List.of("port capacity?"), new Mark(Mark.State.HANDLED, start.plusSeconds(400), "v2"));
            assertThat(marked()).singleElement().satisfies(q -> assertThat(q.mark().state()).isEqualTo(Mark.State.HANDLED));
            fixture.unanswered().reopen(List.of("port capacity?"));
            assertThat(open()).singleElement().satisfies(q -> assertThat(q.mark()).isNull());
        }

        @Test
        void marks_a_question_of_thousands_of_characters() {
            String endless = "aluminium".repeat(600);
            write(asked(endless, 1));
            fixture.unanswered().mark(List.of(endless), new Mark(Mark.State.HANDLED, start.plusSeconds(300), "v1"));
            assertThat(open()).isEmpty();
        }

        @Test
        void stores_each_new_question_with_the_hash_of_its_key() {
            write(asked("How Many Employees?", 1));
            assertThat(fixture.jdbc().sql("SELECT question_hash FROM exchange").query(String.class).single())
                    .isEqualTo(QuestionKey.hash("how many employees?"));
        }

        @Test
        void picks_the_highest_id_among_repetitions_asked_at_the_same_instant() {
            write(asked("Port capacity?", 1).id("a"), asked("PORT CAPACITY?", 1).id("b"), asked("port capacity?", 1).id("c"));
            assertThat(open()).singleElement().satisfies(q -> {
                assertThat(q.newest().id()).isEqualTo("c");
                assertThat(q.count()).isEqualTo(3);
            });
        }

        @Test
        void follows_the_filters_and_leaves_answered_questions_out() {
            write(asked("Port capacity?", 1), asked("Capacité portuaire ?", 2).language(Language.FR),
                    exchange().question("How many smelters?"));
            List<AskedQuestion> french = fixture.unanswered().newest(
                    new ConversationFilter(null, null, Language.FR, null, null, false, false, null), UnansweredQuestions.View.OPEN, 10);
            assertThat(french).extracting(q -> q.newest().question()).containsExactly("Capacité portuaire ?");
            assertThat(open()).hasSize(2);
        }
    }

    /**
     * A logbook written by a version before migration 3 (no stored question hash; marks keyed by the
     * database's {@code LOWER}), upgraded on first use.
     */
    @Nested
    class UpgradedFromVersion2 {

        final Instant start = LogbookFixture.START;

        @BeforeEach
        void atVersion2() {
            LogbookSchema.migrations(database).target("2").load().migrate();
        }

        /** Inserts the rows as version 2 did: every column but the question hash, which did not exist. */
        void writtenBefore(ExchangeBuilder... exchanges) {
            List<Map<String, Object>> rows = Arrays.stream(exchanges).map(exchange -> {
                Map<String, Object> row = new LinkedHashMap<>(ExchangeRows.parameters(exchange.build()));
                row.remove("questionHash");
                return row;
            }).toList();
            new NamedParameterJdbcTemplate(database).batchUpdate("INSERT INTO exchange (" + ExchangeRows.COLUMNS
                    + ", search_text) VALUES (:" + String.join(", :", rows.get(0).keySet()) + ")",
                    SqlParameterSourceUtils.createBatch(rows));
        }

        void markedBefore(String key, Mark.State state, int minute) {
            fixture.jdbc().sql("INSERT INTO unanswered_mark (mark_id, question_key, mark_state, marked_at, mark_version) "
                    + "VALUES (:id, :key, :state, :at, 'v1')").param("id", QuestionKey.hash(key)).param("key", key)
                    .param("state", state.name()).param("at", ExchangeRows.timestamp(start.plusSeconds(60L * minute))).update();
        }

        ExchangeBuilder asked(String question, int minute) {
            return exchange().question(question).unanswered(Outcome.NO_ANSWER).at(start.plusSeconds(60L * minute));
        }

        List<AskedQuestion> list(UnansweredQuestions.View view) {
            return fixture.unanswered().newest(ConversationFilter.none(), view, 100);
        }

        @Test
        void merges_rows_written_before_with_new_ones_and_keeps_their_marks() {
            writtenBefore(asked("Port capacity?", 1), asked("PORT CAPACITY?", 2), asked("asdf", 3));
            markedBefore("asdf", Mark.State.IGNORED, 5);
            write(asked("port capacity?", 6)); // the first use after the upgrade: migrates

            assertThat(list(UnansweredQuestions.View.OPEN)).singleElement().satisfies(q -> {
                assertThat(q.key()).isEqualTo("port capacity?");
                assertThat(q.count()).isEqualTo(3);
                assertThat(q.firstAsked()).isEqualTo(start.plusSeconds(60));
            });
            assertThat(list(UnansweredQuestions.View.MARKED)).singleElement()
                    .satisfies(q -> assertThat(q.mark().state()).isEqualTo(Mark.State.IGNORED));
        }

        @Test
        void fills_the_hash_of_every_row_past_the_first_batch() {
            int rows = QuestionKeyMigration.BATCH * 2 + 1;
            writtenBefore(IntStream.range(0, rows).mapToObj(i -> asked("Question N° " + i + "?", i).id("q" + i))
                    .toArray(ExchangeBuilder[]::new));
            fixture.store().ensureReady();

            List<Map<String, Object>> stored = fixture.jdbc().sql("SELECT question, question_hash FROM exchange").query().listOfRows();
            assertThat(stored).hasSize(rows).allSatisfy(row -> assertThat(row.get("question_hash"))
                    .isEqualTo(QuestionKey.hashOf((String) row.get("question"))));
        }

        @Test
        void moves_a_mark_the_database_lower_cased_differently_keeping_the_later_decision() {
            writtenBefore(asked("Port capacity?", 1));
            markedBefore("port capacity?", Mark.State.IGNORED, 5);
            markedBefore("PORT capacity?", Mark.State.HANDLED, 7); // as if LOWER had left those letters as they were

            assertThat(list(UnansweredQuestions.View.MARKED)).singleElement()
                    .satisfies(q -> assertThat(q.mark().state()).isEqualTo(Mark.State.HANDLED));
            assertThat(fixture.jdbc().sql("SELECT question_key FROM unanswered_mark").query(String.class).list())
                    .containsExactly("port capacity?");
        }
    }
}
