package qc.alubot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import qc.alubot.answer.Snapshot;
import qc.alubot.answer.TestEngine;
import qc.alubot.language.Language;

/**
 * The confidence threshold on its own, without the out-of-scope word list: it must keep
 * unrelated questions out and let real ones in. Fails if a change to scoring, calibration or
 * analyzers lets an out-of-scope question through.
 */
class RetrievalThresholdTest {

    private final Snapshot snapshot = TestEngine.shared().snapshot();

    @ParameterizedTest(name = "keeps out: {0}")
    @CsvSource(delimiter = '|', value = {
            "What's the best poutine in Montreal? | EN",
            "Who won the Stanley Cup last year? | EN",
            "Can you recommend a good lawyer for my divorce? | EN",
            "Explain quantum computing in simple terms | EN",
            "How do I renew my passport? | EN",
            "What time is it in Tokyo? | EN",
            "Quelle est la capitale de l'Australie ? | FR",
            "Comment faire une bonne tarte au sucre ? | FR",
            "Quels sont les horaires du traversier de Tadoussac ? | FR",
            "Traduis ce texte en espagnol | FR"})
    void keeps_unrelated_questions_below_the_threshold(String question, Language language) {
        Retrieval retrieval = snapshot.retriever().retrieve(question, language);
        assertThat(retrieval.confidence()).as("confidence for '%s' (best: %s)", question, retrieval.best())
                .isLessThan(snapshot.calibration().threshold());
    }

    @ParameterizedTest(name = "lets in: {0}")
    @CsvSource(delimiter = '|', value = {
            "How many smelters are there in Québec? | EN | smelters-output",
            "how many recylers in qc | EN | recyclers",
            "When was the CQRDA founded? | EN | history-1993-cqrda",
            "Combien d'équipementiers y a-t-il au Québec ? | FR | equipment-manufacturers-count",
            "Quand a été lancée Aluminium Valley Society ? | FR | history-2001-avs-launch"})
    void lets_real_questions_through_to_the_right_passage(String question, Language language, String passage) {
        Retrieval retrieval = snapshot.retriever().retrieve(question, language);
        assertThat(retrieval.confidence()).isGreaterThanOrEqualTo(snapshot.calibration().threshold());
        assertThat(retrieval.best()).get().extracting(Hit::passageId).isEqualTo(passage);
    }

    @org.junit.jupiter.api.Test
    void ignores_a_year_the_passage_does_not_contain() {
        Retrieval retrieval = snapshot.retriever().retrieve("What happened in 1999 in Aluminium Valley?", Language.EN);
        assertThat(retrieval.best()).get().extracting(Hit::passageId).isEqualTo("history-1999-forum");
    }
}
