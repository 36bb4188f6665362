package qc.alubot.answer;

import java.util.Locale;
import java.util.Optional;
import qc.alubot.conversation.Draft;
import qc.alubot.conversation.Turn;
import qc.alubot.knowledge.Replies;
import qc.alubot.knowledge.Reply;

/**
 * The commands every channel shares: /start, /help, /contacts, /companies. Channels handle
 * their own (Telegram's /language, /privacy, /forget) before asking the answer service.
 */
final class Commands {

    private static final String ROUTE = "command";

    private Commands() {
    }

    static boolean isCommand(String text) {
        return text.startsWith("/");
    }

    /** "/help@AluBot extra words" gives "/help". */
    static String name(String text) {
        String first = text.strip().split("\\s+")[0];
        int at = first.indexOf('@');
        return (at < 0 ? first : first.substring(0, at)).toLowerCase(Locale.ROOT);
    }

    static Optional<Draft> reply(Turn turn, Snapshot snapshot) {
        if (!isCommand(turn.text())) {
            return Optional.empty();
        }
        Replies replies = turn.knowledge().replies();
        return Optional.of(switch (name(turn.text())) {
            case "/start" -> Draft.conversation(ROUTE, replies.say(turn.language(), Reply.WELCOME) + "\n\n"
                    + replies.say(turn.language(), Reply.EXAMPLES));
            case "/help" -> Draft.conversation(ROUTE, replies.say(turn.language(), Reply.HELP) + "\n\n"
                    + replies.say(turn.language(), Reply.EXAMPLES));
            case "/contacts" -> snapshot.rules().team(turn).withRoute(ROUTE);
            case "/companies" -> snapshot.rules().companiesOverview(turn).withRoute(ROUTE);
            default -> Draft.conversation(ROUTE, replies.say(turn.language(), Reply.UNKNOWN_COMMAND) + " "
                    + replies.say(turn.language(), Reply.HELP));
        });
    }
}
