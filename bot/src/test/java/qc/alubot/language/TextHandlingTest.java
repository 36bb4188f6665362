package qc.alubot.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TextHandlingTest {

    @Nested
    class Folding {

        @Test
        void folds_case_accents_and_typographic_apostrophes() {
            assertThat(Texts.fold("Québec’s  ÉQUIPEMENTIERS")).isEqualTo("quebec's equipementiers");
        }

        @Test
        void splits_words_cutting_french_elisions_and_english_possessives() {
            assertThat(Texts.words("L'équipe d'AVS et Julien Gendron's e-mail"))
                    .containsExactly("equipe", "avs", "et", "julien", "gendron", "e-mail");
        }

        @Test
        void reads_an_is_contraction_as_is_not_as_a_possessive() {
            assertThat(Texts.words("What's AVS's goal?")).containsExactly("what", "is", "avs", "goal");
        }
    }

    @Nested
    class Stemming {

        @Test
        void treats_aluminum_and_aluminium_as_one_word_in_both_languages() {
            for (Language language : Language.values()) {
                assertThat(Analyzers.terms(AnalyzerCache.get(language), "aluminum"))
                        .isEqualTo(Analyzers.terms(AnalyzerCache.get(language), "aluminium"));
            }
        }

        @Test
        void cuts_both_elisions_of_spoken_quebec_french() {
            assertThat(Analyzers.terms(AnalyzerCache.get(Language.FR), "d'l'Amérique"))
                    .isEqualTo(Analyzers.terms(AnalyzerCache.get(Language.FR), "Amérique"));
        }

        @Test
        void keeps_produce_apart_from_producers_in_english() {
            List<String> produce = Analyzers.terms(AnalyzerCache.get(Language.EN), "produce");
            List<String> producers = Analyzers.terms(AnalyzerCache.get(Language.EN), "producers");
            assertThat(produce).isNotEqualTo(producers);
        }

        @Test
        void drops_question_framing_words() {
            assertThat(Analyzers.terms(AnalyzerCache.get(Language.EN), "how many recyclers")).hasSize(1);
            assertThat(Analyzers.terms(AnalyzerCache.get(Language.FR), "combien de recycleurs")).hasSize(1);
        }
    }

    @Nested
    class SentenceSplitting {

        @Test
        void does_not_split_on_abbreviations_or_decimals() {
            assertThat(Sentences.of("Ms. Cherry leads AVS. Output is 2.9 million tons. Call ext. 224 today."))
                    .containsExactly("Ms. Cherry leads AVS.", "Output is 2.9 million tons.", "Call ext. 224 today.");
        }

        @Test
        void keeps_a_markdown_list_as_one_unit() {
            assertThat(Sentences.of("The list:\n\n- STAS\n- Mecfor")).containsExactly("The list:", "- STAS\n- Mecfor");
        }
    }

    @Nested
    class Phrases {

        private final PhraseMatcher<String> matcher = new PhraseMatcher<String>()
                .add("equipment", "equipment manufacturers")
                .addExact("chair", "Chair", Language.EN)
                .add("vice", "Vice-Chair", Language.EN);

        @Test
        void finds_a_phrase_despite_a_typo_and_a_plural() {
            assertThat(matcher.findLongest(new AnalyzedText("which equipement manufacturer", Language.EN)))
                    .containsExactly("equipment");
        }

        @Test
        void prefers_the_longest_phrase() {
            assertThat(matcher.findLongest(new AnalyzedText("who is vice-chair", Language.EN))).containsExactly("vice");
        }

        @Test
        void matches_exact_phrases_only_as_written() {
            assertThat(matcher.findLongest(new AnalyzedText("the value chain", Language.EN))).isEmpty();
        }

        @Test
        void matches_a_language_phrase_only_in_questions_of_that_language() {
            assertThat(matcher.findLongest(new AnalyzedText("qui est chair", Language.FR))).isEmpty();
        }
    }

    @Test
    void measures_typos_with_swapped_letters_as_one_edit() {
        assertThat(EditDistance.between("smleter", "smelter")).isEqualTo(1);
        assertThat(EditDistance.between("recylers", "recyclers")).isEqualTo(1);
        assertThat(EditDistance.tolerance(3)).isZero();
    }

    @Nested
    class TextingSpelling {

        @Test
        void is_put_in_plain_english_for_understanding() {
            assertThat(Shorthand.standard("hw mny ppl wrk for the procesors? n who at avs deals w/ them"))
                    .isEqualTo("how many people work for the procesors? and who at avs deals with them");
            assertThat(Shorthand.standard("r u sure abt the govt target")).isEqualTo("are you sure about the government target");
        }

        @Test
        void leaves_abbreviations_and_plain_english_alone() {
            String plain = "How many R&D centres are there in the U.S. and in Québec, and what's their role?";
            assertThat(Shorthand.standard(plain)).isSameAs(plain);
        }
    }

    @Nested
    class SpokenQuebecFrench {

        @Test
        void is_put_in_standard_french_for_search() {
            assertThat(QuebecFrench.standard("c'tu vrai que c'est l'gouvernement qui paye pour faire rouler AVS?"))
                    .isEqualTo("est-ce que c'est vrai que c'est le gouvernement qui paie pour faire fonctionner AVS?");
            assertThat(QuebecFrench.standard("les recycleurs, y'en a-tu gros su'l bord du lac?"))
                    .isEqualTo("les recycleurs, y en a-t-il gros sur le bord du lac?");
            assertThat(QuebecFrench.standard("le gouvernement, y met-tu de l'argent? c'est qui qui runne ça?"))
                    .isEqualTo("le gouvernement, y met-il de l'argent? c'est qui qui exploite ça?");
            assertThat(QuebecFrench.standard("y'a-tu du monde qui gagne sa vie dans la transfo?"))
                    .isEqualTo("y a-t-il du monde qui travaille dans la transfo?");
            assertThat(QuebecFrench.standard("j'veux checker son background")).isEqualTo("je veux vérifier son background");
            assertThat(QuebecFrench.standard("pourquoi la région a voulu s'trouver d'autre chose?"))
                    .isEqualTo("pourquoi la région a voulu se trouver d'autre chose?");
        }

        @Test
        void reads_the_upper_case_CA_as_the_board_and_the_unaccented_ca_as_ca() {
            assertThat(QuebecFrench.standard("c'est qui le boss du CA d'AVS?"))
                    .isEqualTo("c'est qui le boss du conseil d'administration d'AVS?");
            String unaccented = "ca coute combien, le CA annuel?";
            assertThat(QuebecFrench.standard(unaccented)).isSameAs(unaccented);
        }

        @Test
        void leaves_standard_french_and_elisions_before_vowels_alone() {
            String standard = "L'offre d'AluQuébec et l'hydroélectricité : qu'en est-il des 8 alumineries ?";
            assertThat(QuebecFrench.standard(standard)).isSameAs(standard);
        }
    }
}
