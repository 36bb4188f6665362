package qc.alubot.terminal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import qc.alubot.answer.AnswerService;
import qc.alubot.answer.Explanations;
import qc.alubot.conversation.Answer;
import qc.alubot.conversation.Asker;
import qc.alubot.conversation.Channel;
import qc.alubot.conversation.Question;

/**
 * {@code java -jar investor-bot.jar chat [--explain]}: a conversation in the terminal, one
 * question a line; with {@code --explain}, how each question was understood and answered.
 */
@Component
@ConditionalOnProperty(name = "bot.mode", havingValue = "chat")
class TerminalChat implements CommandLineRunner {

    private static final Set<String> QUIT = Set.of("/quit", "/exit", "quit", "exit");

    private final AnswerService answers;
    /** One run is one conversation: follow-ups work within it, and staff read it as one transcript. */
    private final String session = "terminal-" + UUID.randomUUID();
    private boolean explain;

    TerminalChat(AnswerService answers) {
        this.answers = answers;
    }

    @Override
    public void run(String... args) {
        explain = List.of(args).contains("--explain");
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        converse(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), out);
    }

    void converse(BufferedReader in, PrintStream out) {
        out.println(ask("/start").text());
        out.println("\n(Type a question, or /quit to leave.)");
        try {
            String line;
            while (prompt(out) && (line = in.readLine()) != null && !QUIT.contains(line.strip().toLowerCase())) {
                if (!line.isBlank()) {
                    explainIfAsked(line, out);
                    out.println(ask(line).text());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the terminal failed", e);
        }
        out.println();
    }

    private static boolean prompt(PrintStream out) {
        out.print("\n> ");
        out.flush();
        return true;
    }

    private Answer ask(String text) {
        return answers.answer(question(text));
    }

    private void explainIfAsked(String text, PrintStream out) {
        if (explain) {
            Explanations.of(answers.explain(question(text))).forEach(line -> out.println(
                    (line.label().equals("part") || line.label().equals("language") ? "  · " : "      ") + line.label() + ": "
                    + line.value()));
        }
    }

    private Question question(String text) {
        return new Question(text, session, Channel.TERMINAL, Optional.empty(), Optional.empty(),
                new Asker(null, session, "terminal"));
    }
}
