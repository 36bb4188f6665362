package qc.alubot.logbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

class PseudonymsTest {

    private final Pseudonyms pseudonyms = new Pseudonyms(LogbookFixture.KEY);

    @Test
    void gives_the_same_id_the_same_pseudonym_and_none_to_no_id() {
        assertThat(pseudonyms.user("123456789")).isEqualTo(pseudonyms.user("123456789"))
                .isNotEqualTo(pseudonyms.user("123456780")).doesNotContain("123456789").hasSize(32);
        assertThat(pseudonyms.user(null)).isNull();
        assertThat(pseudonyms.chat(" ")).isNull();
    }

    @Test
    void depends_on_the_key_so_nobody_can_hash_every_telegram_id_to_reverse_it() {
        Pseudonyms otherKey = new Pseudonyms("another key, also thirty-two characters long".getBytes(StandardCharsets.UTF_8));
        assertThat(otherKey.user("123456789")).isNotEqualTo(pseudonyms.user("123456789"));
    }

    @Test
    void tells_a_person_from_a_chat_with_the_same_number() {
        assertThat(pseudonyms.user("42")).isNotEqualTo(pseudonyms.chat("42"));
    }

    @Nested
    @ExtendWith(OutputCaptureExtension.class)
    class Key {

        @TempDir
        Path dataDir;

        @Test
        void is_generated_on_first_start_readable_by_its_owner_only_and_said_so(CapturedOutput log) throws Exception {
            byte[] key = PseudonymKey.resolve(null, dataDir.resolve("new"));
            Path file = dataDir.resolve("new").resolve(PseudonymKey.FILE_NAME);
            assertThat(key).hasSize(32);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(log).contains("Generated the logbook's pseudonymisation key", "Keep it", "BOT_LOG_HMAC_KEY");
        }

        @Test
        void is_the_same_after_a_restart() {
            assertThat(PseudonymKey.resolve(null, dataDir)).isEqualTo(PseudonymKey.resolve(null, dataDir));
        }

        @Test
        void comes_from_the_configuration_when_set_and_no_file_is_made() {
            String configured = "k".repeat(LogbookProperties.MIN_KEY_LENGTH);
            assertThat(PseudonymKey.resolve(configured, dataDir)).isEqualTo(configured.getBytes(StandardCharsets.UTF_8));
            assertThat(dataDir.resolve(PseudonymKey.FILE_NAME)).doesNotExist();
        }

        @Test
        void refuses_a_short_configured_key_and_never_shows_it() {
            assertThatThrownBy(() -> new LogbookProperties(180, "short-secret", true, 10))
                    .hasMessageContaining("at least 32").hasMessageNotContaining("short-secret");
            LogbookProperties properties = new LogbookProperties(180, "s".repeat(40), true, 10);
            assertThat(properties.toString()).doesNotContain("ssss").contains("(set)");
        }
    }
}
