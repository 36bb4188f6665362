package qc.alubot.answer;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import qc.alubot.conversation.Answer;
import qc.alubot.conversation.Draft;
import qc.alubot.conversation.Question;
import qc.alubot.conversation.SessionState;
import qc.alubot.conversation.Source;
import qc.alubot.conversation.Turn;
import qc.alubot.knowledge.Reply;
import qc.alubot.language.Language;
import qc.alubot.language.LanguageDetector;
import qc.alubot.language.QuestionBudget;

/**
 * The one place that knows the order of the steps: commands, small talk, scope, rules,
 * retrieval, then an honest fallback. Every channel asks here; every answer is told to the
 * listeners.
 */
public class AnswerService {

    private static final Logger log = LoggerFactory.getLogger(AnswerService.class);

    private final CurrentKnowledge knowledge;
    private final SessionStore sessions;
    private final LanguageDetector detector;
    private final RetrievalStep retrieval;
    private final List<AnswerListener> listeners;

    public AnswerService(CurrentKnowledge knowledge, SessionStore sessions, LanguageDetector detector,
                         Composer composer, List<AnswerListener> listeners) {
        this.knowledge = knowledge;
        this.sessions = sessions;
        this.detector = detector;
        this.retrieval = new RetrievalStep(composer);
        this.listeners = List.copyOf(listeners);
    }

    public Answer answer(Question question) {
        question = question.withText(QuestionBudget.cut(question.text())); // a bounded cost, whatever the text
        long start = System.nanoTime();
        Snapshot snapshot = knowledge.get();
        SessionState session = sessions.get(question.sessionId());
        Optional<Language> detected = detector.detect(question.text());
        Language language = question.forcedLanguage().or(() -> detected).or(session::language)
                .or(question::fallbackLanguage).orElse(Language.EN);
        Turn turn = Turn.of(question.text(), language, detected.orElse(language), session, snapshot.knowledge());
        Draft draft = Commands.reply(turn, snapshot)
                .or(() -> Smalltalk.reply(turn))
                .orElseGet(() -> answerQuestion(withoutGreeting(turn), snapshot));
        Answer answer = finish(draft, turn, snapshot);
        sessions.put(question.sessionId(), session.after(question.text(), answer, draft));
        notifyListeners(question, answer, Duration.ofNanos(System.nanoTime() - start));
        return answer;
    }

    private Draft answerQuestion(Turn turn, Snapshot snapshot) {
        if (turn.analyzed().words().isEmpty()) {
            return Draft.conversation("smalltalk", turn.knowledge().replies().say(turn.language(), Reply.HELP));
        }
        if (snapshot.scope().outOfScope(turn.analyzed())) {
            return Fallbacks.decline(turn);
        }
        Optional<Draft> ruled = snapshot.rules().reply(turn);
        if (ruled.isPresent()) {
            return ruled.get();
        }
        RetrievalStep.Attempt attempt = retrieval.answer(turn, snapshot);
        return attempt.draft().orElseGet(() -> inScope(turn, snapshot)
                ? Fallbacks.noAnswer(turn, snapshot, attempt.confidence())
                : Fallbacks.decline(turn));
    }

    /** About the cluster, so worth a contact rather than a decline: its vocabulary, a name it knows, or a follow-up. */
    private static boolean inScope(Turn turn, Snapshot snapshot) {
        return snapshot.scope().inScope(turn.analyzed()) || snapshot.rules().recognises(turn)
                || turn.session().topicQuestion().isPresent() && FollowUps.looksLikeFollowUp(turn);
    }

    private static Turn withoutGreeting(Turn turn) {
        String text = Smalltalk.withoutGreeting(turn.text());
        return text.equals(turn.text()) ? turn
                : Turn.of(text, turn.language(), turn.textLanguage(), turn.session(), turn.knowledge());
    }

    private static Answer finish(Draft draft, Turn turn, Snapshot snapshot) {
        String contactId = draft.contactId()
                .or(() -> snapshot.rules().contactsFor(turn).stream().findFirst())
                .orElse(snapshot.knowledge().defaultContact().id());
        return new Answer(UUID.randomUUID().toString(), draft.body(), turn.language(), draft.route(), draft.outcome(), draft.confidence(),
                draft.sources(), sourcesLine(draft.sources(), turn), draft.related(), contactId, snapshot.version(),
                draft.note());
    }

    private static String sourcesLine(List<Source> sources, Turn turn) {
        if (sources.isEmpty()) {
            return "";
        }
        return turn.knowledge().replies().say(turn.language(), Reply.SOURCES_LABEL) + " "
                + sources.stream().map(s -> s.title() + " (" + s.source() + ")").collect(Collectors.joining("; "));
    }

    private void notifyListeners(Question question, Answer answer, Duration latency) {
        for (AnswerListener listener : listeners) {
            try {
                listener.answered(question, answer, latency);
            } catch (RuntimeException e) {
                log.error("Answer listener {} failed; the investor still got the answer, but it may be missing "
                        + "from that listener (e.g. the logbook)", listener.getClass().getSimpleName(), e);
            }
        }
    }
}
