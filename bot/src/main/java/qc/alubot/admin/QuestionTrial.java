package qc.alubot.admin;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import qc.alubot.answer.AnswerService;
import qc.alubot.answer.CurrentKnowledge;
import qc.alubot.answer.Snapshot;
import qc.alubot.conversation.Answer;
import qc.alubot.conversation.Asker;
import qc.alubot.conversation.Channel;
import qc.alubot.conversation.Question;
import qc.alubot.answer.Explanations;
import qc.alubot.knowledge.Passage;
import qc.alubot.language.Language;
import qc.alubot.retrieval.Calibration;
import qc.alubot.retrieval.Hit;

/**
 * The staff pages' one link to the answer engine: tries a question as an investor would ask
 * it, and says why it was answered that way. When the engine changes shape, this class is
 * re-pointed and the pages follow. A trial is asked on the evaluation channel, in a session of
 * its own: the logbook does not record it and the answer metrics do not count it.
 */
@Component
public class QuestionTrial {

    /** Candidates a trial shows: the runner-up tells as much as the winner. */
    static final int CANDIDATES = 5;
    /** Questions whose nearest passages are remembered per knowledge version: a busy unanswered list, twice over. */
    private static final int REMEMBERED = 5_000;

    private final AnswerService answers;
    private final CurrentKnowledge knowledge;
    private final Cache<String, List<Candidate>> nearest = Caffeine.newBuilder().maximumSize(REMEMBERED)
            .expireAfterAccess(Duration.ofHours(1)).build();

    QuestionTrial(AnswerService answers, CurrentKnowledge knowledge) {
        this.answers = answers;
        this.knowledge = knowledge;
    }

    /**
     * Asks {@code text} (in {@code language}, or the question's own when null) against the knowledge in
     * service, as a first question: nothing is recorded and no conversation is touched.
     */
    public Trial ask(String text, Language language) {
        Question question = new Question(text, "staff-trial-" + UUID.randomUUID(), Channel.EVALUATION,
                Optional.ofNullable(language), Optional.empty(), Asker.anonymous("staff-trial"));
        AnswerService.Explanation explanation = answers.explain(question);
        Answer answer = explanation.answer();
        Snapshot snapshot = knowledge.get();
        List<Trial.Source> sources = answer.sources().stream()
                .map(s -> new Trial.Source(s.id(), s.title(), s.source())).toList();
        List<Trial.Line> understanding = Explanations.of(explanation).stream()
                .filter(line -> !line.label().equals("candidate"))
                .map(line -> new Trial.Line("trial." + line.label(), line.value())).toList();
        return new Trial(question.text(), answer.text(), answer.route().id(), answer.outcome(), answer.confidence(),
                answer.note(), sources, answer.knowledgeVersion(), understanding,
                candidates(snapshot, explanation.understanding().text(), explanation.understanding().textLanguage(),
                        CANDIDATES), threshold());
    }

    /** The passages closest to an unanswered question, with why each fell short; remembered per version. */
    public List<Candidate> nearest(String text, Language language, int count) {
        Snapshot snapshot = knowledge.get();
        String key = snapshot.version() + "|" + language.code() + "|" + count + "|" + text;
        return nearest.get(key, k -> candidates(snapshot, text, language, count));
    }

    /** The confidence retrieval needs to answer. */
    public double threshold() {
        return knowledge.get().calibration().threshold();
    }

    public String version() {
        return knowledge.get().version();
    }

    private static List<Candidate> candidates(Snapshot snapshot, String text, Language language, int count) {
        Calibration calibration = snapshot.calibration();
        List<Candidate> found = new ArrayList<>();
        for (Hit hit : snapshot.retriever().retrieve(text, language).hits()) {
            if (found.size() == count) {
                break;
            }
            String title = snapshot.knowledge().passage(hit.passageId(), language).map(Passage::title).orElse(hit.passageId());
            double meaning = (hit.semantic() - calibration.semanticFloor())
                    / (calibration.semanticCeiling() - calibration.semanticFloor());
            found.add(new Candidate(hit.passageId(), title, hit.semantic(), hit.coverage(), hit.confidence(),
                    calibration.threshold(), hit.coverage() - calibration.lexicalMargin() < calibration.threshold(),
                    meaning < 0.5));
        }
        return List.copyOf(found);
    }
}
