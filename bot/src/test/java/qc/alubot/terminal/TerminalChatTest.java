package qc.alubot.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import qc.alubot.answer.TestEngine;

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
}
