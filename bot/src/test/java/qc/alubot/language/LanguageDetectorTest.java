package qc.alubot.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageDetectorTest {

    private final LanguageDetector detector = new LanguageDetector();

    @ParameterizedTest
    @ValueSource(strings = {"How many smelters are there in Quebec?", "who is the general director",
            "list the equipment manufacturers please", "What is his email?", "thanks a lot",
            "Is Verbom part of the cluster?"})
    void recognises_english_questions(String question) {
        assertThat(detector.detect(question)).contains(Language.EN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Combien y a-t-il d'alumineries au Québec ?", "qui est la directrice generale",
            "Quels sont les équipementiers ?", "Et son courriel ?", "merci beaucoup",
            "l'équipe d'AVS", "c koi aluquebek"})
    void recognises_french_questions_with_or_without_accents(String question) {
        assertThat(detector.detect(question)).contains(Language.FR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Verbom", "AluQuébec?", "2001", "ok", ""})
    void gives_no_verdict_when_the_text_says_nothing_about_its_language(String text) {
        assertThat(detector.detect(text)).isEmpty();
    }

    @Test
    void knows_function_words_of_both_languages_but_not_names() {
        assertThat(LanguageDetector.isFunctionWord("how")).isTrue();
        assertThat(LanguageDetector.isFunctionWord("combien")).isTrue();
        assertThat(LanguageDetector.isFunctionWord("tesla")).isFalse();
        assertThat(LanguageDetector.isFunctionWord("email")).isFalse();
    }
}
