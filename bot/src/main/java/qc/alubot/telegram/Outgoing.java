package qc.alubot.telegram;

import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/**
 * One message for one chat: its HTML, the same words as plain text for when Telegram refuses
 * the HTML, and a key that names it so it is never delivered twice.
 *
 * @param key       unique per message: the exchange it belongs to and the part number
 * @param replyTo   in groups, the question's message id, so the answer is threaded under it; else null
 * @param keyboard  buttons under the message, or null
 */
record Outgoing(String key, long chatId, boolean group, Part part, Integer replyTo, InlineKeyboardMarkup keyboard) {

    SendMessage html() {
        return message(part.html()).parseMode(ParseMode.HTML).build();
    }

    SendMessage plain() {
        return message(part.plain()).build();
    }

    private SendMessage.SendMessageBuilder<?, ?> message(String text) {
        SendMessage.SendMessageBuilder<?, ?> builder = SendMessage.builder().chatId(chatId).text(text)
                .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
                .replyMarkup(keyboard);
        if (replyTo != null) {
            builder.replyParameters(ReplyParameters.builder().messageId(replyTo).allowSendingWithoutReply(true).build());
        }
        return builder;
    }
}
