package qc.alubot.api;

import com.github.benmanes.caffeine.cache.Ticker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The API's per-caller rate limit, in front of {@code /api/…}, after the body and address checks. */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(ApiProperties.class)
class ApiConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ApiConfiguration.class);

    @Bean
    ApiRateLimit apiRateLimit(ApiProperties properties, Ticker ticker) {
        if (properties.rateLimit() == 0) {
            log.warn("API rate limit is off (BOT_API_RATE_LIMIT=0): one client can take all the bot's CPU.");
        }
        return new ApiRateLimit(properties.rateLimit(), ticker);
    }

    @Bean
    FilterRegistrationBean<ApiRateLimitFilter> apiRateLimitFilter(ApiRateLimit limit) {
        FilterRegistrationBean<ApiRateLimitFilter> registration = new FilterRegistrationBean<>(new ApiRateLimitFilter(limit));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
