package qc.alubot.telegram;

import java.util.ArrayList;
import java.util.List;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import qc.alubot.conversation.Answer;
import qc.alubot.conversation.Outcome;
import qc.alubot.knowledge.Replies;
import qc.alubot.knowledge.Reply;
import qc.alubot.language.Language;
import qc.alubot.telegram.CallbackData.Action;

/** The buttons under the bot's messages. Their wording comes from the replies files. */
final class Keyboards {

    /** More follow-ups than this crowd the answer; the best come first. */
    private static final int MAX_RELATED = 3;
    /** Telegram shows about this much of a button's text on a phone. */
    private static final int MAX_BUTTON_TEXT = 60;

    private Keyboards() {
    }

    /** Feedback, sources, the person to talk to, then follow-up questions; none on the bot's small talk. */
    static InlineKeyboardMarkup forAnswer(Answer answer, Replies replies) {
        if (answer.outcome() == Outcome.CONVERSATION) {
            return null;
        }
        Language language = answer.language();
        List<InlineKeyboardRow> rows = new ArrayList<>();
        rows.add(new InlineKeyboardRow(button("👍", CallbackData.of(Action.HELPFUL, answer.id())),
                button("👎", CallbackData.of(Action.NOT_HELPFUL, answer.id()))));
        InlineKeyboardRow more = new InlineKeyboardRow();
        if (!answer.sources().isEmpty()) {
            more.add(button(replies.say(language, Reply.TELEGRAM_BUTTON_SOURCES), CallbackData.of(Action.SOURCES, answer.id())));
        }
        more.add(button(replies.say(language, Reply.TELEGRAM_BUTTON_PERSON), CallbackData.of(Action.PERSON, answer.id())));
        rows.add(more);
        List<String> related = answer.related();
        for (int i = 0; i < Math.min(MAX_RELATED, related.size()); i++) {
            rows.add(new InlineKeyboardRow(button(related.get(i), CallbackData.of(Action.RELATED, i, answer.id()))));
        }
        return InlineKeyboardMarkup.builder().keyboard(rows).build();
    }

    /** Under the welcome: the example questions to tap, the directories, and the other language. */
    static InlineKeyboardMarkup forWelcome(Language language, Replies replies) {
        List<InlineKeyboardRow> rows = new ArrayList<>();
        List<String> examples = examples(language, replies);
        for (int i = 0; i < examples.size(); i++) {
            rows.add(new InlineKeyboardRow(button(examples.get(i), CallbackData.of(Action.EXAMPLE, i, language.code()))));
        }
        rows.add(new InlineKeyboardRow(
                button(replies.say(language, Reply.TELEGRAM_BUTTON_CONTACTS), CallbackData.of(Action.CONTACTS)),
                button(replies.say(language, Reply.TELEGRAM_BUTTON_COMPANIES), CallbackData.of(Action.COMPANIES))));
        rows.add(new InlineKeyboardRow(button(replies.say(language, Reply.TELEGRAM_BUTTON_LANGUAGE),
                CallbackData.of(Action.LANGUAGE, language.other().code()))));
        return InlineKeyboardMarkup.builder().keyboard(rows).build();
    }

    static InlineKeyboardMarkup forLanguage() {
        return InlineKeyboardMarkup.builder().keyboardRow(new InlineKeyboardRow(
                button("English", CallbackData.of(Action.LANGUAGE, Language.EN.code())),
                button("Français", CallbackData.of(Action.LANGUAGE, Language.FR.code())))).build();
    }

    static InlineKeyboardMarkup forForget(Language language, Replies replies) {
        return InlineKeyboardMarkup.builder().keyboardRow(new InlineKeyboardRow(
                button(replies.say(language, Reply.TELEGRAM_BUTTON_FORGET_YES), CallbackData.of(Action.FORGET_YES)),
                button(replies.say(language, Reply.TELEGRAM_BUTTON_FORGET_NO), CallbackData.of(Action.FORGET_NO)))).build();
    }

    /** The example questions of the welcome text: its lines that start with a bullet. */
    static List<String> examples(Language language, Replies replies) {
        return replies.say(language, Reply.EXAMPLES).lines().map(String::strip)
                .filter(line -> line.startsWith("•")).map(line -> line.substring(1).strip()).toList();
    }

    private static InlineKeyboardButton button(String text, CallbackData data) {
        String shown = text.length() <= MAX_BUTTON_TEXT ? text : text.substring(0, MAX_BUTTON_TEXT - 1).stripTrailing() + "…";
        return InlineKeyboardButton.builder().text(shown).callbackData(data.encode()).build();
    }
}
