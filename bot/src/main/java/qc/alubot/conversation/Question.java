package qc.alubot.conversation;

import java.util.Locale;
import java.util.Optional;
import qc.alubot.language.Language;

/**
 * A question as a channel hands it over.
 *
 * @param sessionId        keeps follow-up questions together; any stable id of the conversation
 * @param forcedLanguage   a language the user chose explicitly (API parameter, /language)
 * @param fallbackLanguage used when the text itself does not tell (e.g. Telegram's language_code)
 * @param asker            who asked, for the logbook
 */
public record Question(String text, String sessionId, Channel channel, Optional<Language> forcedLanguage,
                       Optional<Language> fallbackLanguage, Asker asker) {

    public Question {
        text = text == null ? "" : text.strip();
        forcedLanguage = forcedLanguage == null ? Optional.empty() : forcedLanguage;
        fallbackLanguage = fallbackLanguage == null ? Optional.empty() : fallbackLanguage;
        asker = asker == null ? Asker.anonymous(channel.name().toLowerCase(Locale.ROOT)) : asker;
    }

    public static Question of(String text, String sessionId, Channel channel) {
        return new Question(text, sessionId, channel, Optional.empty(), Optional.empty(), null);
    }

    public Question withText(String newText) {
        return new Question(newText, sessionId, channel, forcedLanguage, fallbackLanguage, asker);
    }
}
