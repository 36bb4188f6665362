package qc.alubot.edge;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * What every HTTP request meets first, before security, pages or endpoints: a malformed address
 * gets a 400, and a body larger than its endpoint needs a 413, without being read.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class EdgeConfiguration {

    /** Before Spring Security (order -100) and everything else. */
    static final int FIRST = Ordered.HIGHEST_PRECEDENCE;

    @Bean
    FilterRegistrationBean<MalformedAddressFilter> malformedAddressFilter() {
        FilterRegistrationBean<MalformedAddressFilter> registration = new FilterRegistrationBean<>(new MalformedAddressFilter());
        registration.setOrder(FIRST);
        return registration;
    }

    @Bean
    FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter() {
        FilterRegistrationBean<BodyLimitFilter> registration = new FilterRegistrationBean<>(new BodyLimitFilter());
        registration.setOrder(FIRST + 1);
        return registration;
    }
}
