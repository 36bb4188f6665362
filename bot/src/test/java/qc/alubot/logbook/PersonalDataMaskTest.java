package qc.alubot.logbook;

import static org.assertj.core.api.Assertions.assertThat;

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
}
