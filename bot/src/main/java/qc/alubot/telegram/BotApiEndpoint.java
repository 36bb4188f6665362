package qc.alubot.telegram;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * Where the Bot API is. The library builds each call's URL from a scheme, a host and a port
 * only ({@link TelegramUrl}), so a base URL with a path (a self-hosted server behind a reverse
 * proxy at {@code https://host/telegram/}) is served by prefixing that path to every request.
 */
final class BotApiEndpoint {

    /**
     * Concurrent calls in flight to the Bot API. OkHttp allows 5 per host by default, which would
     * cap sending at 5 round trips at a time; the rate limiter, not this pool, paces the bot.
     */
    private static final int MAX_CONCURRENT_CALLS = 64;

    private final TelegramUrl url;
    private final String pathPrefix;

    private BotApiEndpoint(TelegramUrl url, String pathPrefix) {
        this.url = url;
        this.pathPrefix = pathPrefix;
    }

    /** @throws IllegalArgumentException with what to fix, for a value that is not an http(s) URL */
    static BotApiEndpoint parse(String apiUrl) {
        URI uri;
        try {
            uri = URI.create(apiUrl);
        } catch (IllegalArgumentException e) {
            throw invalid(apiUrl);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw invalid(apiUrl);
        }
        int port = uri.getPort() > 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        return new BotApiEndpoint(new TelegramUrl(scheme, uri.getHost(), port, false), path);
    }

    private static IllegalArgumentException invalid(String apiUrl) {
        return new IllegalArgumentException("TELEGRAM_API_URL '" + apiUrl + "' is not an http(s) URL. Leave it unset for "
                + TelegramProperties.DEFAULT_API_URL + ", or give the base URL of your Bot API server, e.g. http://localhost:8081");
    }

    TelegramUrl telegramUrl() {
        return url;
    }

    String pathPrefix() {
        return pathPrefix;
    }

    /** The HTTP client: read timeout above the long-poll hold, so an idle poll is never cut as a failure. */
    OkHttpClient httpClient(Duration pollTimeout, Duration callTimeout) {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(MAX_CONCURRENT_CALLS);
        dispatcher.setMaxRequestsPerHost(MAX_CONCURRENT_CALLS);
        long readMillis = Math.max(pollTimeout.toMillis(), callTimeout.toMillis()) + callTimeout.toMillis();
        OkHttpClient.Builder builder = new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectTimeout(callTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(readMillis, TimeUnit.MILLISECONDS)
                .writeTimeout(callTimeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!pathPrefix.isEmpty()) {
            builder.addInterceptor(prefixPath());
        }
        return builder.build();
    }

    private Interceptor prefixPath() {
        return chain -> {
            HttpUrl original = chain.request().url();
            HttpUrl prefixed = original.newBuilder().encodedPath(pathPrefix + original.encodedPath()).build();
            return chain.proceed(chain.request().newBuilder().url(prefixed).build());
        };
    }
}
