package qc.alubot.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.ActionType;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import qc.alubot.answer.CurrentKnowledge;
import qc.alubot.knowledge.Replies;
import qc.alubot.knowledge.Reply;
import qc.alubot.language.Language;

/**
 * Says things to a chat: messages go through the {@link Outbox}; the typing indicator and the
 * acknowledgement of a button tap go straight out, because they are worthless late and their
 * failure must never cost an answer.
 */
final class Replier {

    private static final Logger log = LoggerFactory.getLogger(Replier.class);

    private final Outbox outbox;
    private final TelegramClient client;
    private final Throttle throttle;
    private final CurrentKnowledge knowledge;

    Replier(Outbox outbox, TelegramClient client, Throttle throttle, CurrentKnowledge knowledge) {
        this.outbox = outbox;
        this.client = client;
        this.throttle = throttle;
        this.knowledge = knowledge;
    }

    Replies replies() {
        return knowledge.get().knowledge().replies();
    }

    /** Sends the parts in order, the keyboard under the last; completes when all are delivered or given up. */
    CompletableFuture<Void> send(Sender to, String key, List<Part> parts, InlineKeyboardMarkup keyboard) {
        List<CompletableFuture<Void>> sent = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            boolean last = i == parts.size() - 1;
            sent.add(outbox.send(new Outgoing(key + ":" + i, to.chatId(), to.group(), parts.get(i),
                    i == 0 && to.group() ? to.messageId() : null, last ? keyboard : null)));
        }
        return CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new));
    }

    /** The bot's own words, from the replies files. */
    CompletableFuture<Void> say(Sender to, String key, Language language, Reply reply, InlineKeyboardMarkup keyboard,
                                String... values) {
        return send(to, key, AnswerRenderer.plain(replies().say(language, reply, values)), keyboard);
    }

    /** "typing…" while the answer is made, when a global slot is free now; skipped otherwise. */
    void typing(Sender to) {
        if (!throttle.spareSlotNow()) {
            return;
        }
        quietly("sendChatAction", () -> client.executeAsync(SendChatAction.builder().chatId(to.chatId())
                .action(ActionType.TYPING.toString()).build()));
    }

    /** Stops the spinner on a tapped button, with a short notice if any. */
    void acknowledge(String callbackQueryId, String notice) {
        quietly("answerCallbackQuery", () -> client.executeAsync(AnswerCallbackQuery.builder()
                .callbackQueryId(callbackQueryId).text(notice).build()));
    }

    private static void quietly(String method, ApiCall call) {
        call.startSafely().whenComplete((result, error) -> {
            if (error != null) {
                log.debug("{} failed ({}); it is not needed for the answer, which goes on", method,
                        ApiFailure.of(error).description());
            }
        });
    }
}
