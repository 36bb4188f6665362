package qc.alubot.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class AdminPropertiesTest {

    @Test
    void never_shows_the_password() {
        assertThat(new AdminProperties("staff", "s3cret-password", "UTC").toString())
                .doesNotContain("s3cret-password").contains("password=(set)");
    }

    @Test
    void turns_the_pages_off_without_a_password_and_defaults_the_user_and_zone() {
        AdminProperties properties = new AdminProperties(null, "", (String) null);
        assertThat(properties.enabled()).isFalse();
        assertThat(properties.user()).isEqualTo("admin");
        assertThat(properties.timeZone()).isEqualTo(ZoneId.of("America/Toronto"));
    }

    @Test
    void explains_a_time_zone_it_does_not_know() {
        assertThatThrownBy(() -> new AdminProperties("admin", "x", "Quebec/Saguenay"))
                .hasMessageContaining("BOT_ADMIN_TIME_ZONE").hasMessageContaining("America/Toronto");
    }
}
