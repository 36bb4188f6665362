package qc.alubot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import qc.alubot.knowledge.Origin;
import qc.alubot.knowledge.Passage;
import qc.alubot.language.Language;

/** Whatever the question, search reads a bounded number of its words and tries a bounded number of typo corrections. */
class LexicalIndexLimitsTest {

    private final LexicalIndex index = new LexicalIndexWriter(Language.EN).update(List.of(
            passage("smelters", "Québec has eight aluminum smelters producing 2.9 million tonnes."),
            passage("recyclers", "There are 132 aluminum recyclers in Québec.")));

    private static Passage passage(String id, String body) {
        return new Passage(id, Language.EN, id, "seed § " + id, LocalDate.of(2026, 1, 1), List.of(), List.of(), List.of(),
                body, new Origin("passages/en/" + id + ".md", 1, java.util.Map.of()));
    }

    @Test
    void reads_at_most_its_limit_of_distinct_words() {
        String manyWords = IntStream.range(0, 300).mapToObj(i -> "zq" + Integer.toString(i, 36) + "word")
                .collect(Collectors.joining(" "));
        assertThat(index.understand(manyWords + " smelters").words()).hasSize(LexicalIndex.MAX_QUERY_WORDS);
    }

    @Test
    void corrects_typos_in_the_first_words_only_up_to_its_limit() {
        String typos = "smeltres " + IntStream.range(0, 30).mapToObj(i -> "recylcers" + "abcdefghijklmnopqrstuvwxyz".charAt(i % 26))
                .collect(Collectors.joining(" "));
        List<QueryTerms.Word> words = index.understand(typos).words();
        assertThat(words.get(0).corrected()).as("the first typo is still corrected").isTrue();
        assertThat(words.stream().filter(QueryTerms.Word::corrected).count()).isLessThanOrEqualTo(LexicalIndex.MAX_CORRECTIONS);
    }

    @Test
    void leaves_a_huge_word_uncorrected_instead_of_building_an_automaton_for_it() {
        QueryTerms terms = index.understand("smelter" + "s".repeat(200));
        assertThat(terms.words()).allSatisfy(word -> assertThat(word.corrected()).isFalse());
    }
}
