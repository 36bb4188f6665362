package qc.alubot.admin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.web.filter.OncePerRequestFilter;
import qc.alubot.edge.ClientAddress;

/**
 * Stops a sign-in attempt (the form posted, or HTTP Basic credentials sent) from an address that
 * must wait, before the password is even checked: 429 with {@code Retry-After}.
 */
final class SignInThrottleFilter extends OncePerRequestFilter {

    private final SignInThrottle throttle;
    private final Predicate<HttpServletRequest> isSignIn;

    private SignInThrottleFilter(SignInThrottle throttle, Predicate<HttpServletRequest> isSignIn) {
        this.throttle = throttle;
        this.isSignIn = isSignIn;
    }

    /** For the sign-in form: its post to {@code /admin/login}. */
    static SignInThrottleFilter form(SignInThrottle throttle) {
        return new SignInThrottleFilter(throttle, request -> "POST".equals(request.getMethod())
                && AdminSecurity.LOGIN.equals(request.getServletPath()));
    }

    /** For HTTP Basic (the CSV export): any request that sends credentials. */
    static SignInThrottleFilter basic(SignInThrottle throttle) {
        return new SignInThrottleFilter(throttle, request -> {
            String authorization = request.getHeader("Authorization");
            return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        });
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Duration> wait = isSignIn.test(request) ? throttle.attempt(ClientAddress.of(request)) : Optional.empty();
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write(("Too many wrong passwords from your address: try again in " + seconds
                + " s.\nTrop de mots de passe erronés depuis votre adresse : réessayez dans " + seconds + " s.\n")
                .getBytes(StandardCharsets.UTF_8));
    }
}
