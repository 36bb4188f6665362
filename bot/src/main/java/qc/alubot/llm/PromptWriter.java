package qc.alubot.llm;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import qc.alubot.answer.Evidence;
import qc.alubot.conversation.SessionState;
import qc.alubot.answer.Composer;
import qc.alubot.knowledge.Passage;
import qc.alubot.knowledge.PromptTemplate;
import qc.alubot.knowledge.PromptTemplates;

/**
 * Fills the prompt templates of the knowledge version in service. The bot, not the template,
 * draws the delimiters: the investor's words go inside {@code <question>} and
 * {@code <history>} with every angle bracket in them replaced by a look-alike, so no text can
 * close a delimiter early and pass itself off as instructions.
 */
final class PromptWriter {

    /** Past exchanges shown: enough to resolve "they" or "his", few enough to keep prompts short. */
    static final int HISTORY_TURNS = 3;
    /** A past answer is cut after this many characters: the model needs its subject, not its detail. */
    static final int HISTORY_ANSWER_CHARS = 300;

    LlmPrompt write(Composer.Request request, Evidence evidence) {
        PromptTemplates templates = request.knowledge().templates();
        String system = templates.fill(request.language(), PromptTemplate.SYSTEM, Map.of());
        String user = templates.fill(request.language(), PromptTemplate.ANSWER, Map.of(
                "question", "<question>\n" + neutralised(request.text()) + "\n</question>",
                "history", history(request.session()),
                "passages", passages(evidence.passages())));
        return new LlmPrompt(system, user);
    }

    private static String passages(List<Passage> passages) {
        return passages.stream()
                .map(p -> "<passage id=\"" + p.id() + "\">\n" + neutralised(p.title()) + "\n\n" + neutralised(p.body().strip())
                        + "\n</passage>")
                .collect(Collectors.joining("\n\n"));
    }

    private static String history(SessionState session) {
        List<SessionState.Exchange> exchanges = session.history();
        String lines = exchanges.subList(Math.max(0, exchanges.size() - HISTORY_TURNS), exchanges.size()).stream()
                .map(e -> "Q: " + neutralised(e.question()) + "\nA: " + neutralised(cut(e.answer())))
                .collect(Collectors.joining("\n"));
        return "<history>\n" + lines + (lines.isEmpty() ? "" : "\n") + "</history>";
    }

    private static String cut(String answer) {
        String flat = answer.replaceAll("\\s+", " ").strip();
        return flat.length() <= HISTORY_ANSWER_CHARS ? flat : flat.substring(0, HISTORY_ANSWER_CHARS) + "…";
    }

    /** Angle brackets (and their full-width forms) become look-alikes that no model reads as a tag. */
    static String neutralised(String text) {
        return text.replace('<', '‹').replace('>', '›').replace('＜', '‹').replace('＞', '›');
    }
}
