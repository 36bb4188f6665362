package qc.alubot.telegram;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import qc.alubot.answer.SessionStore;
import qc.alubot.language.Language;

/**
 * What the channel remembers about each person, in memory only: the language they chose with
 * /language, and which conversations (sessions) they have open, so /forget can clear them all.
 */
final class People {

    /** A choice of language is kept while the person keeps writing; a quarter of silence forgets it. */
    private static final Duration KEEP_LANGUAGE = Duration.ofDays(90);
    private static final int MAX_PEOPLE = 500_000;

    private final SessionStore sessions;
    private final Cache<Long, Language> languages;
    private final Cache<Long, Set<String>> sessionIds;

    People(SessionStore sessions, Duration sessionTimeout, Ticker ticker) {
        this.sessions = sessions;
        this.languages = Caffeine.newBuilder().expireAfterAccess(KEEP_LANGUAGE).maximumSize(MAX_PEOPLE).ticker(ticker).build();
        this.sessionIds = Caffeine.newBuilder().expireAfterAccess(sessionTimeout).maximumSize(MAX_PEOPLE).ticker(ticker).build();
    }

    Optional<Language> chosenLanguage(long userId) {
        return Optional.ofNullable(languages.getIfPresent(userId));
    }

    void chooseLanguage(long userId, Language language) {
        languages.put(userId, language);
    }

    /** The session of this person in this chat: group members each have their own thread of follow-ups. */
    String session(Sender sender) {
        String id = sessionId(sender);
        sessionIds.get(sender.userId(), user -> ConcurrentHashMap.newKeySet()).add(id);
        return id;
    }

    /** The language of the last answer in this person's conversation here, if it is still remembered. */
    Optional<Language> conversationLanguage(Sender sender) {
        return sessions.get(sessionId(sender)).language();
    }

    private static String sessionId(Sender sender) {
        return "telegram:" + sender.chatId() + ":" + sender.userId();
    }

    void forget(long userId) {
        Set<String> ids = sessionIds.getIfPresent(userId);
        if (ids != null) {
            ids.forEach(sessions::forget);
        }
        sessionIds.invalidate(userId);
        languages.invalidate(userId);
    }
}
