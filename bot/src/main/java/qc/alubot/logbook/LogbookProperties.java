package qc.alubot.logbook;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How conversations are kept.
 *
 * @param retentionDays     exchanges older than this are deleted by the daily purge
 *                          ({@code BOT_LOG_RETENTION_DAYS}); 180 days covers two quarters of follow-ups
 *                          while keeping no more than Québec's Law 25 lets us justify
 * @param hmacKey           the secret that turns Telegram ids into pseudonyms ({@code BOT_LOG_HMAC_KEY});
 *                          when empty, a random key is generated once and kept in the data folder
 * @param maskPersonalData  whether e-mail addresses and phone numbers typed by investors are masked
 *                          in stored questions ({@code BOT_LOG_MASK_PERSONAL_DATA})
 * @param bufferCapacity    exchanges held in memory while the database is unreachable
 *                          ({@code BOT_LOG_BUFFER_CAPACITY}); 5,000 is a busy day of questions and
 *                          at most about 15 MB of heap, well within the 160 MB the bot runs in
 */
@ConfigurationProperties("bot.logbook")
public record LogbookProperties(@DefaultValue("180") int retentionDays, String hmacKey,
                                @DefaultValue("true") boolean maskPersonalData,
                                @DefaultValue("5000") int bufferCapacity) {

    /** Shorter keys make pseudonyms guessable by trying every Telegram id. */
    static final int MIN_KEY_LENGTH = 32;

    public LogbookProperties {
        if (retentionDays < 1) {
            throw new IllegalArgumentException("BOT_LOG_RETENTION_DAYS (bot.logbook.retention-days) is " + retentionDays
                    + ": it must be at least 1 day. Use 180 for half a year.");
        }
        if (bufferCapacity < 1) {
            throw new IllegalArgumentException("BOT_LOG_BUFFER_CAPACITY (bot.logbook.buffer-capacity) is "
                    + bufferCapacity + ": it must be at least 1. The default, 5000, suits most deployments.");
        }
        hmacKey = hmacKey == null || hmacKey.isBlank() ? null : hmacKey;
        if (hmacKey != null && hmacKey.length() < MIN_KEY_LENGTH) {
            throw new IllegalArgumentException("BOT_LOG_HMAC_KEY (bot.logbook.hmac-key) is " + hmacKey.length()
                    + " characters long: use at least " + MIN_KEY_LENGTH + " random characters, e.g. the output of "
                    + "'openssl rand -base64 32'. Leave it unset to have the bot generate and keep one.");
        }
    }

    @Override
    public String toString() {
        return "LogbookProperties[retentionDays=" + retentionDays + ", hmacKey=" + (hmacKey == null ? "(generated)" : "(set)")
                + ", maskPersonalData=" + maskPersonalData + ", bufferCapacity=" + bufferCapacity + "]";
    }
}
