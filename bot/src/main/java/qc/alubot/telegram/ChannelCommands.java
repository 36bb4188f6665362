package qc.alubot.telegram;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import qc.alubot.answer.PersonalDataEraser;
import qc.alubot.knowledge.Reply;
import qc.alubot.language.Language;

/**
 * The commands only Telegram has: /language, and the privacy pair /privacy and /forget
 * (Québec's Law 25: say what is kept and why, and delete it on request). The shared commands
 * (/start, /help, /contacts, /companies) are the answer service's.
 */
final class ChannelCommands {

    private static final Logger log = LoggerFactory.getLogger(ChannelCommands.class);
    static final Set<String> NAMES = Set.of("/language", "/privacy", "/forget");

    private final Replier replier;
    private final Asking asking;
    private final People people;
    private final FloodGuard flood;
    private final List<PersonalDataEraser> erasers;
    private final int retentionDays;

    ChannelCommands(Replier replier, Asking asking, People people, FloodGuard flood, List<PersonalDataEraser> erasers,
                    int retentionDays) {
        this.replier = replier;
        this.asking = asking;
        this.people = people;
        this.flood = flood;
        this.erasers = List.copyOf(erasers);
        this.retentionDays = retentionDays;
    }

    static boolean handles(String text) {
        return NAMES.contains(Asking.commandName(text));
    }

    CompletableFuture<Void> run(Sender sender, String text, String key) {
        Language language = asking.languageOf(sender);
        return switch (Asking.commandName(text)) {
            case "/language" -> language(sender, Asking.commandArgument(text), key);
            case "/privacy" -> replier.say(sender, key, language, Reply.TELEGRAM_PRIVACY, null, "days",
                    String.valueOf(retentionDays));
            default -> replier.say(sender, key, language, Reply.TELEGRAM_FORGET_CONFIRM,
                    Keyboards.forForget(language, replier.replies()));
        };
    }

    /** "/language" offers both; "/language fr" (or "français", "French") chooses at once. */
    private CompletableFuture<Void> language(Sender sender, String argument, String key) {
        if (argument.isEmpty()) {
            return replier.say(sender, key, asking.languageOf(sender), Reply.TELEGRAM_LANGUAGE_CHOOSE, Keyboards.forLanguage());
        }
        String lower = argument.toLowerCase(Locale.ROOT);
        Optional<Language> chosen = Language.parse(lower.replace("english", "en").replace("anglais", "en")
                .replace("français", "fr").replace("french", "fr"));
        return chosen.map(language -> choose(sender, language, key))
                .orElseGet(() -> replier.say(sender, key, asking.languageOf(sender), Reply.TELEGRAM_LANGUAGE_UNKNOWN,
                        Keyboards.forLanguage(), "language", argument));
    }

    CompletableFuture<Void> choose(Sender sender, Language language, String key) {
        people.chooseLanguage(sender.userId(), language);
        return replier.say(sender, key, language, Reply.TELEGRAM_LANGUAGE_SET, null);
    }

    /** On "yes": every store of personal data deletes this person's records; the channel forgets them too. */
    CompletableFuture<Void> forget(Sender sender, String key) {
        Language language = asking.languageOf(sender);
        people.forget(sender.userId());
        flood.forget(sender.userId());
        int deleted = 0;
        for (PersonalDataEraser eraser : erasers) {
            try {
                deleted += eraser.forget(sender.asker());
            } catch (RuntimeException e) {
                log.error("/forget failed in {}: that person's records there are NOT deleted; they were asked to try "
                        + "again. Check that store (database reachable?).", eraser.getClass().getSimpleName(), e);
                return replier.say(sender, key, language, Reply.TELEGRAM_FORGET_FAILED, null);
            }
        }
        return erasers.isEmpty() ? replier.say(sender, key, language, Reply.TELEGRAM_FORGET_NOTHING_KEPT, null)
                : replier.say(sender, key, language, Reply.TELEGRAM_FORGET_DONE, null, "count", String.valueOf(deleted));
    }
}
