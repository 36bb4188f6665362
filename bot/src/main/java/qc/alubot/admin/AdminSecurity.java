package qc.alubot.admin;

import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Only the staff pages ({@code /admin/**}) are protected: a login form, with HTTP Basic also
 * accepted for the CSV export so scripts can fetch it. Everything else (the API, the Telegram
 * webhook, health) stays open and stateless, without CSRF tokens, since bots and scripts call it.
 * With no password configured, the staff pages answer 404 with how to turn them on. Wrong passwords
 * slow an address down, then lock it out ({@link SignInThrottle}). Behind a TLS proxy whose headers
 * are trusted ({@code SERVER_FORWARD_HEADERS_STRATEGY=native}), requests count as HTTPS: responses
 * carry HSTS, redirects go to https and the session cookie is {@code Secure}.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class AdminSecurity {

    static final String EXPORT = "/admin/conversations.csv";
    static final String LOGIN = "/admin/login";
    static final String STYLESHEET = "/admin/admin.css";

    private static final Logger log = LoggerFactory.getLogger(AdminSecurity.class);
    /** Pages use only their own stylesheet: no scripts, no inline styles, no framing, forms post to ourselves. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /** Slows down, then locks out, an address that keeps getting the staff password wrong. */
    @Bean
    SignInThrottle signInThrottle(ObjectProvider<Ticker> ticker) {
        return new SignInThrottle(ticker.getIfAvailable(Ticker::systemTicker));
    }

    @Bean
    @Order(1)
    SecurityFilterChain staffExport(HttpSecurity http, AdminProperties admin, SignInThrottle throttle) throws Exception {
        http.securityMatcher(EXPORT);
        if (admin.enabled()) {
            http.addFilterBefore(SignInThrottleFilter.basic(throttle), BasicAuthenticationFilter.class)
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .httpBasic(basic -> basic.realmName("Investor bot staff"))
                    // a script's request must not leave a session behind; a signed-in browser's session still counts
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                    .requestCache(AbstractHttpConfigurer::disable);
        } else {
            http.authorizeHttpRequests(requests -> requests.anyRequest().denyAll());
        }
        return staffHeaders(http, admin).build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain staffPages(HttpSecurity http, AdminProperties admin, SignInThrottle throttle) throws Exception {
        http.securityMatcher("/admin/**");
        if (admin.enabled()) {
            http.addFilterBefore(SignInThrottleFilter.form(throttle), UsernamePasswordAuthenticationFilter.class)
                    .authorizeHttpRequests(requests -> requests.requestMatchers(LOGIN, STYLESHEET).permitAll()
                            .anyRequest().authenticated())
                    .formLogin(form -> form.loginPage(LOGIN).defaultSuccessUrl("/admin", false)
                            .failureUrl(LOGIN + "?error"))
                    .logout(logout -> logout.logoutUrl("/admin/logout").logoutSuccessUrl(LOGIN + "?logout"))
                    .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        } else {
            http.authorizeHttpRequests(requests -> requests.anyRequest().denyAll());
        }
        return staffHeaders(http, admin).build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .headers(Customizer.withDefaults())
                .build();
    }

    private static HttpSecurity staffHeaders(HttpSecurity http, AdminProperties admin) throws Exception {
        if (!admin.enabled()) {
            http.exceptionHandling(handling -> handling.authenticationEntryPoint(turnedOff()));
        }
        return http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
    }

    private static AuthenticationEntryPoint turnedOff() {
        return (request, response, e) -> {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write(("The staff pages are turned off because no staff password is set. Set "
                    + "BOT_ADMIN_PASSWORD (and BOT_ADMIN_USER, default 'admin') and restart the bot.\n")
                    .getBytes(StandardCharsets.UTF_8));
        };
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The one staff account, from configuration; none (and the pages off) without a password. */
    @Bean
    UserDetailsService staffAccount(AdminProperties admin, PasswordEncoder encoder) {
        if (!admin.enabled()) {
            log.warn("Staff pages (/admin) are turned off: BOT_ADMIN_PASSWORD is not set. To review conversations, set "
                    + "BOT_ADMIN_PASSWORD (and BOT_ADMIN_USER, default 'admin') and restart.");
            return new InMemoryUserDetailsManager();
        }
        if (admin.password().length() < AdminProperties.RECOMMENDED_PASSWORD_LENGTH) {
            log.warn("BOT_ADMIN_PASSWORD is shorter than {} characters: anyone who reaches /admin could guess it. "
                    + "Use a longer one.", AdminProperties.RECOMMENDED_PASSWORD_LENGTH);
        }
        log.info("Staff pages at /admin: sign in as '{}' with BOT_ADMIN_PASSWORD", admin.user());
        return new InMemoryUserDetailsManager(User.withUsername(admin.user()).password(encoder.encode(admin.password()))
                .roles("STAFF").build());
    }
}
