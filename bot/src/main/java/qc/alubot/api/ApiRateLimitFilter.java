package qc.alubot.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import qc.alubot.edge.ClientAddress;
import qc.alubot.edge.JsonError;

/** Answers 429 with {@code Retry-After} to a caller past its questions per minute, before anything is parsed. */
final class ApiRateLimitFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiRateLimitFilter.class);

    private final ApiRateLimit limit;

    ApiRateLimitFilter(ApiRateLimit limit) {
        this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String caller = ClientAddress.of(request);
        Optional<Duration> wait = limit.take(caller);
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
        log.debug("API rate limit: refused a question from {} (limit {} a minute; next in {} s)", caller,
                limit.perMinute(), seconds);
        response.setHeader("Retry-After", Long.toString(seconds));
        JsonError.write(response, 429, "Too many questions from your address: at most " + limit.perMinute()
                + " a minute. Ask again in " + seconds + " s.");
    }
}
