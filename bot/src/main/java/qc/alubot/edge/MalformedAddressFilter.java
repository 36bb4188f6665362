package qc.alubot.edge;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 400 to an address whose query has a broken percent escape ({@code /admin/login?x=%ZZ}):
 * no page can read it, and code that rebuilds links from it (the staff pages' language switch)
 * would otherwise fail with a 500 and a stack trace in the log.
 */
final class MalformedAddressFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (wellFormed(request.getQueryString())) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Connection", "close");
        JsonError.write(response, HttpServletResponse.SC_BAD_REQUEST, "The address has a malformed %-escape in its "
                + "query: '%' must be followed by two hexadecimal digits (write a literal % as %25).");
    }

    static boolean wellFormed(String query) {
        if (query == null) {
            return true;
        }
        for (int i = query.indexOf('%'); i >= 0; i = query.indexOf('%', i + 1)) {
            if (i + 2 >= query.length() || Character.digit(query.charAt(i + 1), 16) < 0
                    || Character.digit(query.charAt(i + 2), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
