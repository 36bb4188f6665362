package qc.alubot.admin;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Binds the staff pages' settings in every mode: the page controllers exist even when the bot
 * runs without a web server ({@code chat}, {@code bench}), where {@link AdminSecurity} does not.
 */
@Configuration
@EnableConfigurationProperties(AdminProperties.class)
class AdminConfiguration {
}
