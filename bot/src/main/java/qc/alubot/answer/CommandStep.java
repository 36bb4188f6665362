package qc.alubot.answer;

import java.util.Locale;
import java.util.Optional;
import qc.alubot.conversation.Draft;
import qc.alubot.conversation.Route;
import qc.alubot.knowledge.Reply;
import qc.alubot.rules.RuleBook;
import qc.alubot.understanding.Part;

/**
 * The commands every channel shares: /start, /help, /contacts, /companies. Channels handle
 * their own (Telegram's /language, /privacy, /forget) before asking the answer service.
 */
final class CommandStep implements Step {

    static boolean isCommand(String text) {
        return text.startsWith("/");
    }

    /** "/help@AluBot extra words" gives "/help". */
    static String name(String text) {
        String first = text.strip().split("\\s+")[0];
        int at = first.indexOf('@');
        return (at < 0 ? first : first.substring(0, at)).toLowerCase(Locale.ROOT);
    }

    @Override
    public Optional<Draft> answer(Part part, Context context) {
        String text = context.understanding().text();
        if (!isCommand(text)) {
            return Optional.empty();
        }
        return Optional.of(switch (name(text)) {
            case "/start" -> Draft.conversation(Route.COMMAND, context.say(Reply.WELCOME) + "\n\n" + context.say(Reply.EXAMPLES));
            case "/help" -> Draft.conversation(Route.COMMAND, context.say(Reply.HELP) + "\n\n" + context.say(Reply.EXAMPLES));
            case "/contacts" -> RuleBook.team(context.situation()).withRoute(Route.COMMAND);
            case "/companies" -> RuleBook.companiesOverview(context.situation()).withRoute(Route.COMMAND);
            default -> Draft.conversation(Route.COMMAND, context.say(Reply.UNKNOWN_COMMAND) + " " + context.say(Reply.HELP));
        });
    }
}
