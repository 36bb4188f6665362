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
import qc.alubot.conversation.SessionState;
import qc.alubot.conversation.Turn;
import qc.alubot.knowledge.Passage;
import qc.alubot.language.Language;
import qc.alubot.language.LanguageDetector;
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
    private final LanguageDetector detector = new LanguageDetector();
    private final Cache<String, List<Candidate>> nearest = Caffeine.newBuilder().maximumSize(REMEMBERED)
            .expireAfterAccess(Duration.ofHours(1)).build();

    QuestionTrial(AnswerService answers, CurrentKnowledge knowledge) {
        this.answers = answers;
        this.knowledge = knowledge;
    }

    /** Asks {@code text} (in {@code language}, or the question's own when null) against the knowledge in service. */
    public Trial ask(String text, Language language) {
        Question question = new Question(text, "staff-trial-" + UUID.randomUUID(), Channel.EVALUATION,
                Optional.ofNullable(language), Optional.empty(), Asker.anonymous("staff-trial"));
        Answer answer = answers.answer(question);
        Snapshot snapshot = knowledge.get();
        Optional<Language> detected = detector.detect(question.text());
        Language textLanguage = detected.orElse(answer.language());
        List<Trial.Source> sources = answer.sources().stream()
                .map(s -> new Trial.Source(s.id(), s.title(), s.source())).toList();
        return new Trial(question.text(), answer.text(), answer.route(), answer.outcome(), answer.confidence(),
                answer.note(), sources, answer.knowledgeVersion(),
                understanding(question.text(), detected, answer, snapshot),
                candidates(snapshot, question.text(), textLanguage, CANDIDATES), threshold());
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

    /** Today: the languages, the route, what the rules and the scope check recognise. The lead fills in more. */
    private static List<Trial.Line> understanding(String text, Optional<Language> detected, Answer answer,
                                                  Snapshot snapshot) {
        Turn turn = Turn.of(text, answer.language(), detected.orElse(answer.language()), SessionState.fresh(),
                snapshot.knowledge());
        List<String> companies = snapshot.rules().companiesNamed(turn).stream().map(names -> names.get(0)).toList();
        return List.of(
                new Trial.Line("trial.detected", detected.map(Language::code).orElse("?")),
                new Trial.Line("trial.answered-in", answer.language().code()),
                new Trial.Line("trial.route", answer.route()),
                new Trial.Line("trial.recognises", String.valueOf(snapshot.rules().recognises(turn))),
                new Trial.Line("trial.companies", String.join(", ", companies)),
                new Trial.Line("trial.declined-topic", String.valueOf(snapshot.scope().outOfScope(turn.analyzed()))),
                new Trial.Line("trial.cluster-words", String.valueOf(snapshot.scope().inScope(turn.analyzed()))));
    }
}
