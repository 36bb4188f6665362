package qc.alubot.telegram;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.regex.Pattern;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * What a failed Bot API call means for the caller: wait and retry, resend differently, or give up.
 * Telegram answers errors as JSON ({@code error_code}, {@code description}, {@code parameters});
 * a proxy in front of it may answer HTML, and the network may answer nothing at all.
 */
record ApiFailure(Kind kind, Duration retryAfter, String description) {

    /** A token inside a URL in an error message: it must never reach a log. */
    private static final Pattern TOKEN = Pattern.compile("bot\\d+:[A-Za-z0-9_-]+");

    ApiFailure {
        description = TOKEN.matcher(description == null ? "" : description).replaceAll("bot<token>");
    }

    enum Kind {
        /** 429: Telegram says how long to wait. */
        RATE_LIMITED,
        /** 5xx, an unreadable answer or no answer: likely to pass, worth retrying. */
        TRANSIENT,
        /** 400 "can't parse entities": the HTML was refused; plain text will go through. */
        BAD_MARKUP,
        /** 409 on getUpdates while a webhook is set. */
        WEBHOOK_ACTIVE,
        /** 409: another process polls with the same token. */
        OTHER_POLLER,
        /** 401/404: the token is wrong or revoked. */
        BAD_TOKEN,
        /** 403: the person blocked the bot or left the chat; nothing to deliver to. */
        UNREACHABLE_CHAT,
        /** Any other 4xx: the request itself is wrong; repeating it cannot help. */
        REJECTED
    }

    static ApiFailure of(Throwable error) {
        Throwable cause = unwrap(error);
        // a proxy's HTML error page comes back with no error code (0): that is a transient failure too
        if (cause instanceof TelegramApiRequestException request && request.getErrorCode() != null
                && request.getErrorCode() > 0) {
            return fromResponse(request);
        }
        return new ApiFailure(Kind.TRANSIENT, Duration.ZERO, describe(cause));
    }

    private static ApiFailure fromResponse(TelegramApiRequestException e) {
        int code = e.getErrorCode();
        String description = e.getApiResponse() == null ? "" : e.getApiResponse();
        String lower = description.toLowerCase(Locale.ROOT);
        Kind kind;
        if (code == 429) {
            Integer seconds = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
            return new ApiFailure(Kind.RATE_LIMITED, Duration.ofSeconds(seconds == null ? 1 : Math.max(1, seconds)), description);
        } else if (code >= 500) {
            kind = Kind.TRANSIENT;
        } else if (code == 400 && lower.contains("can't parse entities")) {
            kind = Kind.BAD_MARKUP;
        } else if (code == 409) {
            kind = lower.contains("webhook") ? Kind.WEBHOOK_ACTIVE : Kind.OTHER_POLLER;
        } else if (code == 401 || code == 404) {
            kind = Kind.BAD_TOKEN;
        } else if (code == 403) {
            kind = Kind.UNREACHABLE_CHAT;
        } else {
            kind = Kind.REJECTED;
        }
        return new ApiFailure(kind, Duration.ZERO, code + " " + description);
    }

    boolean retryable() {
        return kind == Kind.RATE_LIMITED || kind == Kind.TRANSIENT;
    }

    private static Throwable unwrap(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** The innermost message: "Connection refused", "timeout", "Unable to deserialize response"… */
    private static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String kind = root instanceof IOException ? "network error" : "unexpected answer";
        return kind + ": " + root.getClass().getSimpleName() + (root.getMessage() == null ? "" : " " + root.getMessage());
    }
}
