package qc.alubot.telegram;

import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import qc.alubot.conversation.Asker;
import qc.alubot.language.Language;

/**
 * Who wrote, and where: what every reply needs to know about a message or a button tap.
 *
 * @param languageCode the person's Telegram app language ({@code language_code}), may be null
 * @param messageId    the message to thread a group reply under, or null
 */
record Sender(long chatId, String chatType, long userId, String languageCode, Integer messageId) {

    static Sender of(Message message) {
        return new Sender(message.getChatId(), message.getChat().getType(), message.getFrom().getId(),
                message.getFrom().getLanguageCode(), message.getMessageId());
    }

    boolean group() {
        return "group".equals(chatType) || "supergroup".equals(chatType);
    }

    Asker asker() {
        return new Asker(String.valueOf(userId), String.valueOf(chatId), chatType);
    }

    Optional<Language> appLanguage() {
        return Language.parse(languageCode);
    }

    @Override
    public String toString() {
        return "Sender[" + chatType + "]"; // ids are personal data: never in logs
    }
}
