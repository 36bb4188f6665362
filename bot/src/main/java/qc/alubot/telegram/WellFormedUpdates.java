package qc.alubot.telegram;

import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * What every update Telegram sends has, and the intake relies on: a chat for each message, a sender
 * for each button press (and a chat for the message it was on). A call that lacks them comes from someone who has the webhook's secret but
 * is not Telegram, and is ignored rather than answered with a 500.
 */
final class WellFormedUpdates {

    private WellFormedUpdates() {
    }

    static boolean answerable(Update update) {
        if (update.hasMessage() || update.hasEditedMessage()) {
            Message message = update.hasMessage() ? update.getMessage() : update.getEditedMessage();
            return message.getChat() != null && message.getChat().getId() != null;
        }
        if (update.hasCallbackQuery()) {
            CallbackQuery tap = update.getCallbackQuery();
            boolean chatKnown = tap.getMessage() == null || tap.getMessage().getChat() != null
                    && tap.getMessage().getChat().getId() != null;
            return tap.getFrom() != null && tap.getFrom().getId() != null && chatKnown;
        }
        return true;
    }
}
