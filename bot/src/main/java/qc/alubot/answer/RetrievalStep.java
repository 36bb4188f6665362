package qc.alubot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import qc.alubot.conversation.Draft;
import qc.alubot.conversation.Turn;
import qc.alubot.knowledge.Passage;
import qc.alubot.language.Sentences;
import qc.alubot.language.Texts;
import qc.alubot.retrieval.Hit;
import qc.alubot.retrieval.Retrieval;

/**
 * Answers from passages when retrieval is confident enough, completing follow-up questions
 * with the conversation's last topic.
 */
final class RetrievalStep {

    /**
     * A follow-up is read with its topic unless the question alone matches clearly better:
     * "And how much do they produce?" is about the smelters just discussed.
     */
    private static final double FOLLOW_UP_PREFERENCE = 0.1;
    /**
     * Passages this close to the best are near-ties: the one whose best sentence answers the
     * question's type (a figure, a year) wins over a slightly closer one that does not.
     */
    private static final double NEAR_TIE = 0.1;
    private static final int NEAR_TIE_CANDIDATES = 3;

    private final Composer composer;

    RetrievalStep(Composer composer) {
        this.composer = composer;
    }

    /** What retrieval made of a question: an answer when confident, and the confidence either way. */
    record Attempt(Optional<Draft> draft, double confidence) {
    }

    Attempt answer(Turn turn, Snapshot snapshot) {
        Retrieval direct = snapshot.retriever().retrieve(turn.text(), turn.textLanguage());
        Retrieval chosen = direct;
        String understood = turn.text();
        Optional<String> topic = personContext(turn).or(() -> turn.session().topicQuestion());
        if (topic.isPresent() && FollowUps.looksLikeFollowUp(turn)) {
            String combined = topic.get() + " " + turn.text();
            Retrieval withTopic = snapshot.retriever().retrieve(combined, turn.textLanguage());
            if (withTopic.confidence() + FOLLOW_UP_PREFERENCE >= direct.confidence()) {
                chosen = withTopic;
                understood = combined;
            }
        }
        if (!snapshot.calibration().confident(chosen)) {
            return new Attempt(Optional.empty(), chosen.confidence());
        }
        Optional<Passage> best = pick(chosen, turn, snapshot);
        if (best.isEmpty()) {
            return new Attempt(Optional.empty(), chosen.confidence());
        }
        Draft draft = composer.compose(turn, new Evidence(List.of(best.get()), chosen.confidence(), understood));
        return new Attempt(Optional.of(draft), chosen.confidence());
    }

    /**
     * Among the near-tied passages that speak of what the question names, the one with the
     * best answering sentence; none when no confident passage names the company asked about
     * ("How many employees does Alcoa have?" is not answered by the processors' head count).
     */
    private static Optional<Passage> pick(Retrieval retrieval, Turn turn, Snapshot snapshot) {
        double floor = Math.max(snapshot.calibration().threshold(), retrieval.confidence() - NEAR_TIE);
        List<List<String>> named = snapshot.rules().companiesNamed(turn);
        List<Passage> candidates = new ArrayList<>();
        for (Hit hit : retrieval.hits()) {
            if (hit.confidence() < floor || candidates.size() == NEAR_TIE_CANDIDATES) {
                break;
            }
            snapshot.knowledge().passage(hit.passageId(), turn.language())
                    .filter(passage -> mentionsAll(passage, named))
                    .ifPresent(candidates::add);
        }
        Passage best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Passage candidate : candidates) {
            double score = LeadSentence.best(Sentences.of(candidate.body()), turn).score();
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether the passage names each company the question names (by any of its names). */
    private static boolean mentionsAll(Passage passage, List<List<String>> companies) {
        String text = Texts.wordLine(passage.title() + " " + passage.body());
        return companies.stream().allMatch(names -> names.stream().anyMatch(name -> text.contains(Texts.wordLine(name))));
    }

    /** "How long did he work at Rio Tinto?" right after an answer about Julien Gendron: his name. */
    private static Optional<String> personContext(Turn turn) {
        if (!FollowUps.refersToPerson(turn)) {
            return Optional.empty();
        }
        return turn.session().contactId().flatMap(turn.knowledge()::contact).map(contact -> contact.name());
    }
}
