package qc.alubot.llm;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LlmPropertiesTest {

    private static LlmProperties endpoint(String key, String model) {
        return new LlmProperties("https://api.example.test/v1", key, model, null, null, null, null, null, null, null, null);
    }

    @Test
    void never_shows_the_api_key_in_its_description() {
        assertThat(endpoint("sk-live-123456", "gpt-4o-mini").toString())
                .contains("apiKey=(set, hidden)", "model=gpt-4o-mini").doesNotContain("sk-live-123456");
        assertThat(endpoint("", "llama3.1").toString()).contains("apiKey=(none)");
    }

    @Test
    void has_defaults_that_fit_a_chat_user() {
        LlmProperties defaults = endpoint("", "m");
        assertThat(defaults.timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(defaults.retries()).isEqualTo(2);
        assertThat(defaults.failuresToOpen()).isEqualTo(5);
    }

    @Test
    void refuses_to_start_without_a_model_and_says_which_variable_to_set() {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            assertThat(factory.getValidator().validate(endpoint("sk", "")))
                    .extracting(ConstraintViolation::getMessage).singleElement().asString()
                    .contains("BOT_LLM_MODEL is not", "unset BOT_LLM_BASE_URL");
            assertThat(factory.getValidator().validate(endpoint("sk", "gpt-4o-mini"))).isEmpty();
        }
    }
}
