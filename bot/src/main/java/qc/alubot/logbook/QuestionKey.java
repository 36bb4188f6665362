package qc.alubot.logbook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * What makes two unanswered questions exact repetitions: the same words, whatever the case. The key
 * is the question in lower case; its hash, a fixed 64 hex characters whatever the question's length,
 * is stored with every row ({@code exchange.question_hash}, written by {@link ExchangeRows}, backfilled
 * by {@link QuestionKeyMigration}) and identifies marks ({@code unanswered_mark.mark_id}), so the
 * unanswered page groups and joins on a short indexed column rather than lower-casing every question
 * at every view. Computed here, in Java, never by the database, so H2 and PostgreSQL agree.
 */
final class QuestionKey {

    private QuestionKey() {
    }

    /** The key of a question as stored (see {@link StorableText}). */
    static String of(String question) {
        return question.toLowerCase(Locale.ROOT);
    }

    /** SHA-256 of a key, in lower-case hex. */
    static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** The hash of a question's key: what {@code exchange.question_hash} holds. */
    static String hashOf(String question) {
        return hash(of(question));
    }
}
