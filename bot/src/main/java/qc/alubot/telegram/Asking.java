package qc.alubot.telegram;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import qc.alubot.answer.AnswerService;
import qc.alubot.conversation.Answer;
import qc.alubot.conversation.Channel;
import qc.alubot.conversation.Question;
import qc.alubot.language.Language;

/**
 * Asks the answer service on someone's behalf and sends the answer with its buttons. This is
 * all the channel adds to an answer: the language the person chose, their session, and the
 * Telegram look of it.
 */
final class Asking {

    private final AnswerService answers;
    private final People people;
    private final RecentAnswers recent;
    private final Replier replier;

    Asking(AnswerService answers, People people, RecentAnswers recent, Replier replier) {
        this.answers = answers;
        this.people = people;
        this.recent = recent;
        this.replier = replier;
    }

    /** @param echo words to show above the answer: the question when a button asked it, or an edit */
    CompletableFuture<Void> ask(Sender sender, String text, Optional<String> echo) {
        replier.typing(sender);
        Question question = new Question(text, people.session(sender), Channel.TELEGRAM,
                people.chosenLanguage(sender.userId()), sender.appLanguage(), sender.asker());
        Answer answer = answers.answer(question);
        recent.remember(answer);
        return replier.send(sender, answer.id(), AnswerRenderer.render(answer, echo), keyboard(text, answer));
    }

    private InlineKeyboardMarkup keyboard(String text, Answer answer) {
        String command = commandName(text);
        if (command.equals("/start") || command.equals("/help")) {
            return Keyboards.forWelcome(answer.language(), replier.replies());
        }
        return Keyboards.forAnswer(answer, replier.replies());
    }

    /** The language for the bot's own words: chosen, else the conversation's, else the app's, else English. */
    Language languageOf(Sender sender) {
        return people.chosenLanguage(sender.userId())
                .or(() -> people.conversationLanguage(sender))
                .or(sender::appLanguage)
                .orElse(Language.EN);
    }

    /** "/help@AluBot please" gives "/help"; text that is no command gives "". */
    static String commandName(String text) {
        String first = text.strip().split("\\s+", 2)[0];
        if (!first.startsWith("/")) {
            return "";
        }
        int at = first.indexOf('@');
        return (at < 0 ? first : first.substring(0, at)).toLowerCase(Locale.ROOT);
    }

    /** The words after the command: "/language fr" gives "fr". */
    static String commandArgument(String text) {
        String[] words = text.strip().split("\\s+", 2);
        return words.length < 2 ? "" : words[1].strip();
    }
}
