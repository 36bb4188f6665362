package qc.alubot.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FactMatcherTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Le Québec compte 1 400 transformateurs | 1,400",
            "Québec has 1,400 processors | 1400",
            "2,9 millions de tonnes | 2.9 million",
            "soit 60 % de la production | 60%",
            "QUÉBEC | quebec"})
    void ignores_number_formats_case_and_accents(String answer, String fact) {
        assertThat(FactMatcher.contains(answer, fact)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Québec has 8 smelters | 80", "2.9 million tons | 29 million"})
    void still_tells_different_figures_apart(String answer, String fact) {
        assertThat(FactMatcher.contains(answer, fact)).isFalse();
    }
}
