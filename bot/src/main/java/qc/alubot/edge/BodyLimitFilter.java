package qc.alubot.edge;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies larger than their endpoint needs, before anything reads them: a declared
 * length over the limit gets a 413 at once, and a body without one is cut off where it passes the
 * limit ({@link LimitedBodyRequest}). The connection is then closed, so the rest is never read.
 */
final class BodyLimitFilter extends OncePerRequestFilter {

    /**
     * The API takes one question of 4,000 characters: 16 KB in UTF-8, up to 48 KB if every
     * character is an emoji escaped as {@code \\uD83D\\uDE00}; 64 KB leaves room for the other fields.
     */
    static final long API_LIMIT = 64 * 1024;
    /**
     * A Telegram update: a message of at most 4,096 characters, perhaps quoting another, with its
     * entities and sender; a few kilobytes, 256 KB at the very most.
     */
    static final long WEBHOOK_LIMIT = 256 * 1024;
    /** Everything else takes small forms at most (staff sign-in). */
    static final long OTHER_LIMIT = 64 * 1024;

    private static final Logger log = LoggerFactory.getLogger(BodyLimitFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitFor(request.getRequestURI());
        if (request.getContentLengthLong() > limit) {
            refuse(request, response, limit);
            return;
        }
        try {
            chain.doFilter(new LimitedBodyRequest(request, limit), response);
        } catch (RequestTooLarge e) {
            refuse(request, response, limit);
        } catch (ServletException e) { // how Spring passes on what no handler took
            if (!(e.getCause() instanceof RequestTooLarge)) {
                throw e;
            }
            refuse(request, response, limit);
        }
    }

    static long limitFor(String path) {
        if (path.startsWith("/api/")) {
            return API_LIMIT;
        }
        return path.startsWith("/telegram/") ? WEBHOOK_LIMIT : OTHER_LIMIT;
    }

    /** The 413, for handlers that notice while reading; the connection is closed rather than drained. */
    static void refuse(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        log.warn("Refused a request body over {} KB on {} from {}", limit / 1024, request.getRequestURI(),
                ClientAddress.of(request));
        if (response.isCommitted()) {
            return;
        }
        response.reset();
        response.setHeader("Connection", "close");
        JsonError.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "The request body is larger than "
                + limit / 1024 + " KB, the most this address accepts. Send one question at a time.");
    }
}
