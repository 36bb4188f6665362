package qc.alubot.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataMaskTest {

    @ParameterizedTest
    @ValueSource(strings = {"jane.doe@example.com", "J.Tremblay+invest@entreprise.qc.ca", "françois@société.ca"})
    void masks_email_addresses(String address) {
        assertThat(PersonalDataMask.mask("Write to " + address + ", please.")).isEqualTo("Write to [email], please.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"418 669-0003", "(418) 669-0003", "+1 418 669 0003", "418.669.0003", "4186690003",
            "1-800-555-0199", "+33 1 23 45 67 89", "669-0003"})
    void masks_phone_numbers_as_people_write_them(String number) {
        assertThat(PersonalDataMask.mask("Call me at " + number + " tomorrow")).isEqualTo("Call me at [phone] tomorrow");
    }

    @ParameterizedTest
    @ValueSource(strings = {"What happened between 2015-2018?", "Is it 2.9 million tonnes?", "Are there 132 recyclers?",
            "Quelle production en 2 900 000 tonnes ?", "Who joined in 1984 and 1992?", "Is 60% from Québec?"})
    void leaves_figures_and_years_alone(String question) {
        assertThat(PersonalDataMask.mask(question)).isEqualTo(question);
    }

    @Test
    void masks_a_crafted_address_with_thousands_of_dots_that_overflowed_the_stack_of_the_former_pattern() {
        assertThat(PersonalDataMask.mask("a@a" + ".a".repeat(1_998) + "!")).isEqualTo("[email]!");
        assertThat(PersonalDataMask.mask("a@a" + ".a".repeat(200_000) + "!")).as("any number of dots").isEqualTo("[email]!");
    }

    @Test
    void reads_texts_of_any_shape_in_one_pass_without_failing() {
        String runs = "1-".repeat(20_000) + "x " + "@".repeat(20_000) + " a@" + "b-".repeat(20_000) + " (((1 ".repeat(5_000);
        assertThat(PersonalDataMask.mask(runs)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"me@localhost", "@example.com", "a@.com", "end with a@"})
    void leaves_what_is_not_a_full_address(String text) {
        assertThat(PersonalDataMask.mask(text)).isEqualTo(text);
    }

    @Test
    void masks_several_addresses_and_numbers_in_one_question() {
        assertThat(PersonalDataMask.mask("a@b.ca or c@d.com, 418 669-0003 / 669-0004 in 2024"))
                .isEqualTo("[email] or [email], [phone] / [phone] in 2024");
    }
}
