package qc.alubot.telegram;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Who the bot is on Telegram. Its user id is the token's first part, known at once; its
 * username comes from {@code getMe} once the Bot API answers. Until then, in groups the bot
 * answers commands and replies to its own messages, but cannot yet recognise a mention.
 */
final class BotIdentity {

    private final long id;
    private final AtomicReference<String> username = new AtomicReference<>();

    BotIdentity(long id) {
        this.id = id;
    }

    /** @throws IllegalArgumentException for a token that cannot be one BotFather gave */
    static BotIdentity fromToken(String token) {
        int colon = token.indexOf(':');
        try {
            return new BotIdentity(Long.parseLong(token.substring(0, Math.max(colon, 0))));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("TELEGRAM_BOT_TOKEN does not look like a token from @BotFather, which reads "
                    + "like 123456789:AAE…: digits, a colon, then letters. Copy it again from BotFather's message.");
        }
    }

    long id() {
        return id;
    }

    Optional<String> username() {
        return Optional.ofNullable(username.get());
    }

    void knownAs(String name) {
        username.set(name);
    }
}
