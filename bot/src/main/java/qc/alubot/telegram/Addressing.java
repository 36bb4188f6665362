package qc.alubot.telegram;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Which messages are for the bot. In a private chat, all of them. In a group, where people
 * talk among themselves, only commands (a {@code /help@OtherBot} is not ours), messages that
 * mention the bot, and replies to the bot's own messages.
 */
final class Addressing {

    private final BotIdentity bot;

    Addressing(BotIdentity bot) {
        this.bot = bot;
    }

    boolean forUs(Message message) {
        if (message.getChat() == null || "private".equals(message.getChat().getType())) {
            return true;
        }
        String text = message.hasText() ? message.getText().strip() : "";
        if (text.startsWith("/")) {
            return commandForUs(text);
        }
        return repliesToUs(message) || mentionsUs(text);
    }

    /** The text without the mention of the bot, for the answer engine. */
    String question(String text) {
        Optional<String> name = bot.username();
        if (name.isEmpty()) {
            return text.strip();
        }
        return Pattern.compile("@" + Pattern.quote(name.get()) + "\\b", Pattern.CASE_INSENSITIVE)
                .matcher(text).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }

    private boolean commandForUs(String text) {
        String command = text.split("\\s+", 2)[0];
        int at = command.indexOf('@');
        return at < 0 || bot.username().map(name -> name.equalsIgnoreCase(command.substring(at + 1))).orElse(false);
    }

    private boolean repliesToUs(Message message) {
        Message replied = message.getReplyToMessage();
        return replied != null && replied.getFrom() != null && replied.getFrom().getId() == bot.id();
    }

    private boolean mentionsUs(String text) {
        return bot.username().map(name -> text.toLowerCase(Locale.ROOT).contains("@" + name.toLowerCase(Locale.ROOT)))
                .orElse(false);
    }
}
