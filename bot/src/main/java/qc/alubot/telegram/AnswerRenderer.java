package qc.alubot.telegram;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import qc.alubot.conversation.Answer;

/**
 * An answer as Telegram messages: the lead paragraph in bold (the answer at a glance), the
 * supporting paragraphs plain, the sources in italics. Every piece is escaped: passages, names
 * and the investor's own words are text, never markup.
 */
final class AnswerRenderer {

    private AnswerRenderer() {
    }

    /** @param echo the question to show above the answer (asked by a button, or edited), if any */
    static List<Part> render(Answer answer, Optional<String> echo) {
        List<Block> blocks = new ArrayList<>();
        echo.ifPresent(question -> blocks.add(Block.italic(question)));
        List<String> paragraphs = paragraphs(answer.body());
        for (int i = 0; i < paragraphs.size(); i++) {
            blocks.add(i == 0 ? Block.bold(paragraphs.get(i)) : Block.plain(paragraphs.get(i)));
        }
        if (!answer.sourcesLine().isBlank()) {
            blocks.add(Block.italic(answer.sourcesLine()));
        }
        return Splitter.split(blocks, Splitter.TELEGRAM_MAX);
    }

    /** The bot's own words (privacy notice, flood warning…): plain paragraphs. */
    static List<Part> plain(String text) {
        return Splitter.split(paragraphs(text).stream().map(Block::plain).toList(), Splitter.TELEGRAM_MAX);
    }

    static List<String> paragraphs(String text) {
        return Arrays.stream(text.strip().split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
}
