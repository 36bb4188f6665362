package qc.alubot.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the HTTP API.
 *
 * @param rateLimit questions (requests to {@code /api/…}) one caller may send per minute
 *                  ({@code BOT_API_RATE_LIMIT}), 0 for no limit. 30 is one every two seconds, more
 *                  than anyone reads, while a script sending thousands is refused after the 30th;
 *                  a site that relays its visitors' questions from one address needs more, or to
 *                  forward their addresses (see {@code SERVER_FORWARD_HEADERS_STRATEGY})
 */
@ConfigurationProperties("bot.api")
public record ApiProperties(@DefaultValue("30") int rateLimit) {

    public ApiProperties {
        if (rateLimit < 0) {
            throw new IllegalArgumentException("BOT_API_RATE_LIMIT (bot.api.rate-limit) is " + rateLimit
                    + ": use the number of questions one caller may send per minute (default 30), or 0 for no limit.");
        }
    }
}
