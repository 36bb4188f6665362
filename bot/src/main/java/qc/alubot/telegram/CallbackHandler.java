package qc.alubot.telegram;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import qc.alubot.answer.FeedbackListener;
import qc.alubot.conversation.Feedback;
import qc.alubot.knowledge.Reply;
import qc.alubot.language.Language;
import qc.alubot.telegram.CallbackData.Action;

/**
 * A tapped button. Telegram shows a spinner until the tap is acknowledged, so every tap is,
 * even one on a button from an older version of the bot.
 */
final class CallbackHandler {

    private static final Logger log = LoggerFactory.getLogger(CallbackHandler.class);
    private static final CompletableFuture<Void> NOTHING = CompletableFuture.completedFuture(null);

    private final Asking asking;
    private final ChannelCommands commands;
    private final AnswerButtons answerButtons;
    private final Replier replier;
    private final FloodGuard flood;
    private final List<FeedbackListener> feedbackListeners;

    CallbackHandler(Asking asking, ChannelCommands commands, AnswerButtons answerButtons, Replier replier,
                    FloodGuard flood, List<FeedbackListener> feedbackListeners) {
        this.asking = asking;
        this.commands = commands;
        this.answerButtons = answerButtons;
        this.replier = replier;
        this.flood = flood;
        this.feedbackListeners = List.copyOf(feedbackListeners);
    }

    CompletableFuture<Void> handle(CallbackQuery query, String key) {
        Optional<CallbackData> data = CallbackData.decode(query.getData());
        if (query.getMessage() == null || data.isEmpty()) {
            replier.acknowledge(query.getId(), null);
            return NOTHING;
        }
        Sender sender = new Sender(query.getMessage().getChatId(), query.getMessage().getChat().getType(),
                query.getFrom().getId(), query.getFrom().getLanguageCode(), null);
        Language language = asking.languageOf(sender);
        if (data.get().action() == Action.HELPFUL || data.get().action() == Action.NOT_HELPFUL) {
            feedback(data.get().value(), data.get().action() == Action.HELPFUL ? Feedback.HELPFUL : Feedback.NOT_HELPFUL);
            replier.acknowledge(query.getId(), replier.replies().say(language, Reply.TELEGRAM_FEEDBACK_THANKS));
            return NOTHING;
        }
        replier.acknowledge(query.getId(), null);
        if (flood.check(sender.userId()) != FloodGuard.Verdict.ANSWER) {
            return NOTHING;
        }
        return act(data.get(), sender, language, key);
    }

    private CompletableFuture<Void> act(CallbackData data, Sender sender, Language language, String key) {
        return switch (data.action()) {
            case SOURCES -> answerButtons.sources(sender, data.value(), language, key);
            case PERSON -> answerButtons.person(sender, data.value(), language, key);
            case RELATED -> answerButtons.related(sender, data.value(), data.index(), language, key);
            case EXAMPLE -> example(sender, data, key);
            case CONTACTS -> asking.ask(sender, "/contacts", Optional.empty());
            case COMPANIES -> asking.ask(sender, "/companies", Optional.empty());
            case LANGUAGE -> commands.choose(sender, Language.parse(data.value()).orElse(language), key);
            case FORGET_YES -> commands.forget(sender, key);
            case FORGET_NO -> replier.say(sender, key, language, Reply.TELEGRAM_FORGET_CANCELLED, null);
            default -> NOTHING;
        };
    }

    private CompletableFuture<Void> example(Sender sender, CallbackData data, String key) {
        Language language = Language.parse(data.value()).orElse(Language.EN);
        List<String> examples = Keyboards.examples(language, replier.replies());
        if (data.index() < 0 || data.index() >= examples.size()) {
            return replier.say(sender, key, language, Reply.TELEGRAM_BUTTON_EXPIRED, null);
        }
        String question = examples.get(data.index());
        return asking.ask(sender, question, Optional.of(question));
    }

    private void feedback(String exchangeId, Feedback feedback) {
        for (FeedbackListener listener : feedbackListeners) {
            try {
                listener.feedback(exchangeId, feedback);
            } catch (RuntimeException e) {
                log.error("Feedback listener {} failed: this 👍/👎 is missing from it (the investor was thanked anyway)",
                        listener.getClass().getSimpleName(), e);
            }
        }
    }
}
