package qc.alubot.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;
import org.telegram.telegrambots.meta.api.objects.stickers.Sticker;

/**
 * Telegram updates as the Bot API sends them, built with the library's own objects so their
 * JSON is the real shape. Every update the channel tests send is made here.
 */
final class TelegramFixtures {

    static final long BOT_ID = 123456;
    static final String TOKEN = BOT_ID + ":TEST-token_for-wiremock";
    static final String BOT_USERNAME = "AluQuebecBot";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int DATE = 1_763_726_400;

    private TelegramFixtures() {
    }

    static MessageUpdate message(int updateId) {
        return new MessageUpdate(updateId);
    }

    static CallbackUpdate tap(int updateId) {
        return new CallbackUpdate(updateId);
    }

    static String json(Update update) {
        try {
            return JSON.writeValueAsString(update);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static User person(long id, String languageCode) {
        return User.builder().id(id).isBot(false).firstName("Investor " + id).languageCode(languageCode).build();
    }

    /** A message: from whom, in which chat, with what. */
    static final class MessageUpdate {
        private final int updateId;
        private User from = person(1, "en");
        private Chat chat = Chat.builder().id(1L).type("private").build();
        private String text;
        private boolean edited;
        private boolean photo;
        private boolean sticker;
        private boolean replyToBot;
        private int messageId = 100;

        private MessageUpdate(int updateId) {
            this.updateId = updateId;
            this.messageId = updateId;
        }

        MessageUpdate from(long userId, String languageCode) {
            this.from = person(userId, languageCode);
            if ("private".equals(chat.getType())) {
                chat = Chat.builder().id(userId).type("private").build();
            }
            return this;
        }

        MessageUpdate inGroup(long chatId) {
            this.chat = Chat.builder().id(chatId).type("supergroup").title("Investors").build();
            return this;
        }

        MessageUpdate text(String value) {
            this.text = value;
            return this;
        }

        MessageUpdate edited() {
            this.edited = true;
            return this;
        }

        MessageUpdate photo() {
            this.photo = true;
            return this;
        }

        MessageUpdate sticker() {
            this.sticker = true;
            return this;
        }

        MessageUpdate replyingToBot() {
            this.replyToBot = true;
            return this;
        }

        Update update() {
            Message.MessageBuilder<?, ?> builder = Message.builder().messageId(messageId).date(DATE).chat(chat).from(from);
            if (text != null) {
                builder.text(text);
                if (text.startsWith("/")) {
                    builder.entities(List.of(MessageEntity.builder().type("bot_command").offset(0)
                            .length(text.split("\\s+")[0].length()).build()));
                }
            }
            if (photo) {
                builder.photo(List.of(PhotoSize.builder().fileId("photo").fileUniqueId("p").width(90).height(90).build()));
            }
            if (sticker) {
                builder.sticker(Sticker.builder().fileId("sticker").fileUniqueId("s").type("regular").width(512)
                        .height(512).isAnimated(false).isVideo(false).build());
            }
            if (replyToBot) {
                builder.replyToMessage(Message.builder().messageId(1).date(DATE).chat(chat)
                        .from(User.builder().id(BOT_ID).isBot(true).firstName("Bot").userName(BOT_USERNAME).build())
                        .text("an earlier answer").build());
            }
            Update update = new Update();
            update.setUpdateId(updateId);
            if (edited) {
                builder.editDate(DATE + 60);
                update.setEditedMessage(builder.build());
            } else {
                update.setMessage(builder.build());
            }
            return update;
        }
    }

    /** A tap on one of the bot's buttons, under a message in a private chat. */
    static final class CallbackUpdate {
        private final int updateId;
        private User from = person(1, "en");
        private String data;

        private CallbackUpdate(int updateId) {
            this.updateId = updateId;
        }

        CallbackUpdate from(long userId, String languageCode) {
            this.from = person(userId, languageCode);
            return this;
        }

        CallbackUpdate data(String value) {
            this.data = value;
            return this;
        }

        Update update() {
            Chat chat = Chat.builder().id(from.getId()).type("private").build();
            Message under = Message.builder().messageId(1).date(DATE).chat(chat)
                    .from(User.builder().id(BOT_ID).isBot(true).firstName("Bot").build()).text("an answer").build();
            CallbackQuery query = new CallbackQuery();
            query.setId("query-" + updateId);
            query.setFrom(from);
            query.setMessage(under);
            query.setChatInstance("instance");
            query.setData(data);
            Update update = new Update();
            update.setUpdateId(updateId);
            update.setCallbackQuery(query);
            return update;
        }
    }
}
