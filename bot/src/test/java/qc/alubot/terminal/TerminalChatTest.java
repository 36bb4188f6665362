package qc.alubot.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import qc.alubot.answer.TestEngine;
import qc.alubot.conversation.Channel;
import qc.alubot.logbook.ConversationFilter;
import qc.alubot.logbook.Exchange;
import qc.alubot.logbook.Logbook;
import qc.alubot.logbook.LogbookFixture;

class TerminalChatTest {

    @Test
    void holds_a_conversation_with_follow_ups_until_quit() {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        new TerminalChat(TestEngine.shared().service()).converse(
                new BufferedReader(new StringReader("Who is the development manager?\nWhat is his email?\n/quit\nignored\n")),
                new PrintStream(output, true, StandardCharsets.UTF_8));
        String transcript = output.toString(StandardCharsets.UTF_8);
        assertThat(transcript).contains("Welcome!", "Julien Gendron", "julien.gendron@valuminium.ca")
                .doesNotContain("ignored");
    }

    @Test
    void records_each_exchange_in_the_logbook_as_a_terminal_one() {
        LogbookFixture fixture = LogbookFixture.inMemory();
        Logbook logbook = fixture.logbook();
        new TerminalChat(TestEngine.shared().serviceTelling(logbook)).converse(
                new BufferedReader(new StringReader("Who is the development manager?\n/quit\n")),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        logbook.flush();
        assertThat(fixture.conversations().newest(ConversationFilter.none(), 10))
                .extracting(Exchange::question, Exchange::channel, Exchange::chatType)
                .containsExactlyInAnyOrder(tuple("Who is the development manager?", Channel.TERMINAL, "terminal"),
                        tuple("/start", Channel.TERMINAL, "terminal"));
    }

    @Test
    void records_one_run_as_one_conversation_and_another_run_as_another() {
        LogbookFixture fixture = LogbookFixture.inMemory();
        Logbook logbook = fixture.logbook();
        for (int run = 0; run < 2; run++) {
            new TerminalChat(TestEngine.shared().serviceTelling(logbook)).converse(
                    new BufferedReader(new StringReader("How many smelters are there in Québec?\n/quit\n")),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        }
        logbook.flush();
        Exchange last = fixture.conversations().newest(ConversationFilter.none(), 1).get(0);
        assertThat(fixture.conversations().transcript(last.id())).get().asList().extracting("question")
                .containsExactlyInAnyOrder("/start", "How many smelters are there in Québec?"); // the test clock stands still
    }
}
