package qc.alubot.metrics;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import qc.alubot.admin.AdminProperties;

/**
 * {@code /actuator/prometheus} is read with the staff credentials over HTTP Basic, as monitoring
 * scrapes: anonymous callers get a 401, and while the staff pages are off (no password) nobody
 * reads it. Metrics show traffic and failures: not for the public, but harmless to the staff.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class MetricsSecurity {

    static final String PATH = "/actuator/prometheus";

    @Bean
    @Order(0)
    SecurityFilterChain metricsEndpoint(HttpSecurity http, AdminProperties admin) throws Exception {
        http.securityMatcher(PATH)
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                // a scraper's request must not leave a session behind
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        if (admin.enabled()) {
            http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .httpBasic(basic -> basic.realmName("Investor bot staff"));
        } else {
            http.authorizeHttpRequests(requests -> requests.anyRequest().denyAll())
                    .exceptionHandling(handling -> handling.authenticationEntryPoint((request, response, e) -> {
                        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                        response.setContentType("text/plain;charset=UTF-8");
                        response.getOutputStream().write(("Metrics are off because no staff password is set. Set "
                                + "BOT_ADMIN_PASSWORD and restart; then scrape with the staff credentials.\n")
                                .getBytes(StandardCharsets.UTF_8));
                    }));
        }
        return http.build();
    }
}
