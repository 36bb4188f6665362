package qc.alubot.telegram;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import qc.alubot.knowledge.Reply;

/**
 * A message (new or edited) becomes a reply: groups filtered to what is addressed to the bot,
 * floods held back, non-text politely refused, channel commands run here, everything else
 * asked of the answer service.
 */
final class MessageHandler {

    private static final CompletableFuture<Void> NOTHING = CompletableFuture.completedFuture(null);

    private final Addressing addressing;
    private final FloodGuard flood;
    private final Asking asking;
    private final ChannelCommands commands;
    private final Replier replier;

    MessageHandler(Addressing addressing, FloodGuard flood, Asking asking, ChannelCommands commands, Replier replier) {
        this.addressing = addressing;
        this.flood = flood;
        this.asking = asking;
        this.commands = commands;
        this.replier = replier;
    }

    /** @param key names this update's replies, so they are never sent twice */
    CompletableFuture<Void> handle(Message message, boolean edited, String key) {
        if (message.getFrom() == null || Boolean.TRUE.equals(message.getFrom().getIsBot()) || !addressing.forUs(message)) {
            return NOTHING;
        }
        Sender sender = Sender.of(message);
        switch (flood.check(sender.userId())) {
            case IGNORE:
                return NOTHING;
            case WARN:
                return replier.say(sender, key, asking.languageOf(sender), Reply.TELEGRAM_FLOOD, null);
            default:
                break;
        }
        if (!message.hasText()) {
            return Content.of(message) == Content.SERVICE ? NOTHING
                    : replier.say(sender, key, asking.languageOf(sender), Reply.TELEGRAM_NOT_TEXT, null);
        }
        String text = addressing.question(message.getText());
        if (ChannelCommands.handles(text)) {
            return commands.run(sender, text, key);
        }
        Optional<String> echo = edited
                ? Optional.of(replier.replies().say(asking.languageOf(sender), Reply.TELEGRAM_EDITED) + "\n" + text)
                : Optional.empty();
        return asking.ask(sender, text, echo);
    }

    /** What a message without text carries: something a person sent, or a notice from Telegram itself. */
    enum Content {
        MEDIA, SERVICE;

        static Content of(Message m) {
            boolean sent = m.hasPhoto() || m.hasSticker() || m.hasVoice() || m.hasDocument() || m.hasLocation()
                    || m.hasVideo() || m.hasAudio() || m.hasAnimation() || m.hasVideoNote() || m.hasContact()
                    || m.hasPoll() || m.hasDice() || m.getVenue() != null || m.hasStory() || m.hasPaidMedia();
            return sent ? MEDIA : SERVICE;
        }
    }
}
