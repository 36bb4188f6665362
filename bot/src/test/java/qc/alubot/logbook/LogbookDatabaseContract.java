package qc.alubot.logbook;

import static org.assertj.core.api.Assertions.assertThat;
import static qc.alubot.logbook.ExchangeBuilder.exchange;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import qc.alubot.conversation.Channel;
import qc.alubot.conversation.Feedback;
import qc.alubot.conversation.Outcome;
import qc.alubot.language.Language;

/**
 * What the logbook needs from its database, run against each database it supports (H2, the
 * embedded default, and PostgreSQL): the same migrations, queries and deletions must work on both.
 */
abstract class LogbookDatabaseContract {

    DataSource database;
    LogbookFixture fixture;
    Conversations conversations;

    /** A database with no logbook tables yet. */
    abstract DataSource freshDatabase();

    @BeforeEach
    void setUp() {
        database = freshDatabase();
        fixture = new LogbookFixture(database);
        conversations = fixture.conversations();
    }

    void write(ExchangeBuilder... exchanges) {
        fixture.store().write(Arrays.stream(exchanges).map(e -> (Pending) e.pending()).toList());
    }

    List<String> ids(ConversationFilter filter) {
        return conversations.page(filter, 0, 100).items().stream().map(Exchange::id).toList();
    }

    ConversationFilter search(String words) {
        return new ConversationFilter(null, null, null, null, null, false, false, words);
    }

    @Test
    void migrates_an_empty_database_on_first_use_and_only_once() {
        fixture.store().ensureReady();
        new LogbookSchema(database).ensureReady(); // as after a restart
        assertThat(fixture.jdbc().sql("SELECT COUNT(*) FROM logbook_schema_history WHERE script = 'V1__exchange.sql' AND success").query(Integer.class).single())
                .isEqualTo(1);
        assertThat(conversations.page(ConversationFilter.none(), 0, 10).total()).isZero();
    }

    @Test
    void moves_into_a_schema_another_application_already_uses() {
        fixture.jdbc().sql("CREATE TABLE invoices (id INTEGER PRIMARY KEY)").update();
        fixture.store().ensureReady();
        assertThat(conversations.page(ConversationFilter.none(), 0, 10).total()).isZero();
    }

    @Test
    void keeps_every_field_of_an_exchange() {
        Exchange original = exchange().at(Instant.parse("2026-11-21T12:00:00.123456789Z")).note("LLM answer refused by the guard")
                .feedback(Feedback.HELPFUL).build();
        fixture.store().write(List.of(new Pending.Record(original)));
        Exchange stored = conversations.page(ConversationFilter.none(), 0, 10).items().get(0);
        assertThat(stored).usingRecursiveComparison().ignoringFields("askedAt").isEqualTo(original);
        assertThat(stored.askedAt()).isEqualTo(Instant.parse("2026-11-21T12:00:00.123456Z"));
    }

    @Test
    void ignores_an_exchange_written_again_after_a_lost_commit() {
        ExchangeBuilder once = exchange().id("same");
        write(once);
        write(once);
        assertThat(ids(ConversationFilter.none())).containsExactly("same");
    }

    @Test
    void attaches_a_rating_to_its_exchange_even_in_the_same_batch() {
        fixture.store().write(List.of(exchange().id("rated").pending(),
                new Pending.Rating("rated", Feedback.NOT_HELPFUL, LogbookFixture.START)));
        assertThat(conversations.page(ConversationFilter.none(), 0, 10).items().get(0).feedback()).isEqualTo(Feedback.NOT_HELPFUL);
    }

    @Test
    void lists_newest_first_in_pages_with_the_total() {
        write(exchange().id("old").ago(Duration.ofHours(3)), exchange().id("new").ago(Duration.ofHours(1)),
                exchange().id("mid").ago(Duration.ofHours(2)));
        Conversations.Page first = conversations.page(ConversationFilter.none(), 0, 2);
        Conversations.Page second = conversations.page(ConversationFilter.none(), 1, 2);
        assertThat(first.items()).extracting(Exchange::id).containsExactly("new", "mid");
        assertThat(second.items()).extracting(Exchange::id).containsExactly("old");
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.hasNext()).isTrue();
        assertThat(second.hasNext()).isFalse();
    }

    @Test
    void filters_by_date_range_language_channel_and_route() {
        write(exchange().id("yesterday-fr").ago(Duration.ofDays(1)).language(Language.FR),
                exchange().id("last-week").ago(Duration.ofDays(7)),
                exchange().id("today-http").channel(Channel.HTTP).route("contact"));
        Instant twoDaysAgo = LogbookFixture.START.minus(Duration.ofDays(2));
        assertThat(ids(new ConversationFilter(twoDaysAgo, null, null, null, null, false, false, null)))
                .containsExactly("today-http", "yesterday-fr");
        assertThat(ids(new ConversationFilter(null, twoDaysAgo, null, null, null, false, false, null))).containsExactly("last-week");
        assertThat(ids(new ConversationFilter(null, null, Language.FR, null, null, false, false, null))).containsExactly("yesterday-fr");
        assertThat(ids(new ConversationFilter(null, null, null, Channel.HTTP, null, false, false, null))).containsExactly("today-http");
        assertThat(ids(new ConversationFilter(null, null, null, null, "contact", false, false, null))).containsExactly("today-http");
    }

    @Test
    void filters_unanswered_and_negatively_rated_exchanges() {
        write(exchange().id("answered"), exchange().id("declined").unanswered(Outcome.DECLINED).ago(Duration.ofMinutes(1)),
                exchange().id("missing").unanswered(Outcome.NO_ANSWER).ago(Duration.ofMinutes(2)),
                exchange().id("disliked").feedback(Feedback.NOT_HELPFUL).ago(Duration.ofMinutes(3)),
                exchange().id("liked").feedback(Feedback.HELPFUL).ago(Duration.ofMinutes(4)));
        assertThat(ids(ConversationFilter.none().onlyUnanswered())).containsExactly("declined", "missing");
        assertThat(ids(new ConversationFilter(null, null, null, null, null, false, true, null))).containsExactly("disliked");
    }

    @Test
    void searches_all_words_in_question_and_answer_whatever_the_case_and_accents() {
        write(exchange().id("question").question("Qui dirige la Société de la Vallée ?").answer("Malika Cherry."),
                exchange().id("answer").question("Who leads?").answer("The Société is led by its GENERAL director.")
                        .ago(Duration.ofMinutes(1)),
                exchange().id("neither").question("How many smelters?").ago(Duration.ofMinutes(2)));
        assertThat(ids(search("societe"))).containsExactly("question", "answer");
        assertThat(ids(search("SOCIÉTÉ general"))).containsExactly("answer");
        assertThat(ids(search("societe smelters"))).isEmpty();
    }

    @Test
    void takes_wildcard_characters_in_a_search_literally() {
        write(exchange().id("underscore").question("What is smelter_count?"),
                exchange().id("any character").question("What is smelterXcount?").ago(Duration.ofMinutes(1)));
        assertThat(ids(search("smelter_count"))).containsExactly("underscore");
    }

    @Test
    void exports_every_exchange_once_newest_first_across_chunks() {
        List<ExchangeBuilder> many = new ArrayList<>();
        for (int i = 0; i < 1_050; i++) {
            many.add(exchange().id(String.format("e%04d", i)).at(LogbookFixture.START.plusSeconds(i / 3))); // ties of three
        }
        write(many.toArray(ExchangeBuilder[]::new));
        List<Exchange> exported = new ArrayList<>();
        conversations.forEach(ConversationFilter.none(), exported::add);
        assertThat(exported).extracting(Exchange::id).doesNotHaveDuplicates().hasSize(1_050).startsWith("e1049", "e1048")
                .endsWith("e0001", "e0000");
    }

    @Test
    void shows_a_conversation_around_an_exchange_oldest_first() {
        write(exchange().id("first").chat("c1").ago(Duration.ofMinutes(3)),
                exchange().id("chosen").chat("c1").ago(Duration.ofMinutes(2)),
                exchange().id("other chat").chat("c2").ago(Duration.ofMinutes(2)),
                exchange().id("last").chat("c1").ago(Duration.ofMinutes(1)));
        assertThat(conversations.transcript("chosen")).get().asList().extracting("id").containsExactly("first", "chosen", "last");
    }

    @Test
    void shows_only_the_exchange_when_its_channel_gave_no_conversation_id() {
        write(exchange().id("alone").chat(null), exchange().id("another").chat(null));
        assertThat(conversations.transcript("alone")).get().asList().extracting("id").containsExactly("alone");
        assertThat(conversations.transcript("unknown")).isEmpty();
    }

    @Test
    void forgets_a_person_and_keeps_everyone_else() {
        write(exchange().id("theirs").user("u1").chat("group"), exchange().id("also theirs").user("u1").chat("private-u1"),
                exchange().id("someone else").user("u2").chat("group"));
        assertThat(fixture.store().deleteFor("u1", "private-u1")).isEqualTo(2);
        assertThat(ids(ConversationFilter.none())).containsExactly("someone else");
    }

    @Test
    void forgets_by_conversation_when_the_channel_has_no_user_id() {
        write(exchange().id("session").user(null).chat("s1"), exchange().id("other session").user(null).chat("s2"));
        assertThat(fixture.store().deleteFor(null, "s1")).isEqualTo(1);
        assertThat(ids(ConversationFilter.none())).containsExactly("other session");
    }

    @Test
    void purges_exchanges_past_the_retention_period_by_the_clock() {
        write(exchange().id("181 days").ago(Duration.ofDays(181)), exchange().id("179 days").ago(Duration.ofDays(179)));
        RetentionPurge purge = new RetentionPurge(fixture.store(), fixture.clock(), 180);
        assertThat(purge.purge()).isEqualTo(1);
        assertThat(ids(ConversationFilter.none())).containsExactly("179 days");
        fixture.clock().advance(Duration.ofDays(2));
        assertThat(purge.purge()).isEqualTo(1);
        assertThat(ids(ConversationFilter.none())).isEmpty();
    }

    @Test
    void lists_the_routes_in_use() {
        write(exchange().route("retrieval"), exchange().route("contact"), exchange().route("retrieval"));
        assertThat(conversations.routes()).containsExactly("contact", "retrieval");
    }

    @Test
    void stores_characters_postgresql_refuses_in_text_as_replacement_characters() {
        write(exchange().id("nul").question("How many\u0000 smelters? \uD800").answer("Eight\u0000."),
                exchange().id("after").ago(Duration.ofMinutes(1)));
        Exchange stored = conversations.transcript("nul").orElseThrow().stream().filter(e -> e.id().equals("nul"))
                .findFirst().orElseThrow();
        assertThat(stored.question()).isEqualTo("How many\uFFFD smelters? \uFFFD");
        assertThat(stored.answer()).isEqualTo("Eight\uFFFD.");
        assertThat(ids(ConversationFilter.none())).containsExactly("nul", "after");
    }
}
