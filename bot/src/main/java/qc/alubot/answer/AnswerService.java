package qc.alubot.answer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import qc.alubot.conversation.Answer;
import qc.alubot.conversation.Draft;
import qc.alubot.conversation.Outcome;
import qc.alubot.conversation.Question;
import qc.alubot.conversation.Route;
import qc.alubot.conversation.SessionState;
import qc.alubot.conversation.Source;
import qc.alubot.knowledge.Reply;
import qc.alubot.language.QuestionBudget;
import qc.alubot.understanding.Part;
import qc.alubot.understanding.Premise;
import qc.alubot.understanding.Reader;
import qc.alubot.understanding.Topic;
import qc.alubot.understanding.Understanding;

/**
 * The one place that knows the order of the steps. A message is read once into an
 * {@link Understanding}; each of its parts goes through the steps in order (commands, small
 * talk, comparisons, rules, figures, timeline, scope, retrieval, a milestone named as a last resort,
 * fallback) until one answers; the answers are combined into one reply, told to the listeners and
 * remembered for follow-ups.
 */
public class AnswerService {

    private static final Logger log = LoggerFactory.getLogger(AnswerService.class);

    private final CurrentKnowledge knowledge;
    private final SessionStore sessions;
    private final List<Step> steps;
    private final List<AnswerListener> listeners;

    public AnswerService(CurrentKnowledge knowledge, SessionStore sessions, Composer composer,
                         List<AnswerListener> listeners) {
        this.knowledge = knowledge;
        this.sessions = sessions;
        this.steps = List.of(new CommandStep(), new SmalltalkStep(), new ComparisonStep(), new RuleStep(),
                new OverviewStep(), new FigureStep(), new TimelineStep(), new ScopeStep(), new RetrievalStep(composer), new TimelineStep.LastResort(), new FallbackStep());
        this.listeners = List.copyOf(listeners);
    }

    /**
     * An answer, with how the question was understood and what each step made of it.
     *
     * @param draft the reply before the orchestrator added what every answer carries
     */
    public record Explanation(Answer answer, Understanding understanding, Trace trace, Draft draft) {
    }

    public Answer answer(Question asked) {
        Question question = bounded(asked);
        long start = System.nanoTime();
        SessionState session = sessions.get(question.sessionId());
        Explanation explained = respond(question, session);
        Answer answer = explained.answer();
        sessions.put(question.sessionId(), session.after(question.text(), answer, explained.draft()));
        notifyListeners(question, answer, Duration.ofNanos(System.nanoTime() - start));
        return answer;
    }

    /** What the bot would answer and why, without recording anything or touching the conversation. */
    public Explanation explain(Question question) {
        return respond(bounded(question), sessions.get(question.sessionId()));
    }

    /** The question read down to a bounded length, so that its cost is bounded whatever the text. */
    private static Question bounded(Question question) {
        return question.withText(QuestionBudget.cut(question.text()));
    }

    private Explanation respond(Question question, SessionState session) {
        Snapshot snapshot = knowledge.get();
        Reader.Context reading = new Reader.Context(question.forcedLanguage(), question.fallbackLanguage(),
                session.language(), session.topicQuestion().map(Topic::new));
        Understanding understanding = snapshot.reader().read(question.text(), reading);
        Trace trace = new Trace();
        Context context = new Context(understanding, session, snapshot, understanding.language(), trace);
        if (understanding.onlyLanguageRequest()) {
            return inOtherLanguage(question, understanding, session, context);
        }
        if (understanding.parts().isEmpty()) {
            Draft draft = Draft.conversation(Route.SMALLTALK, context.say(Reply.HELP));
            return new Explanation(finish(draft, context), understanding, trace, draft);
        }
        List<Draft> drafts = answers(understanding.parts(), context);
        Draft draft = withTopic(asOne(understanding, drafts, snapshot, context)
                .orElseGet(() -> Combiner.combine(understanding.parts(), drafts, context)), understanding);
        return new Explanation(finish(draft, context), understanding, trace, draft);
    }

    /**
     * Several parts, none answered and none declined, no premise to correct and no detail asked
     * that the sources lack: each alone said too little, so the parts are read again as one
     * question, kept only when that is answered.
     */
    private Optional<Draft> asOne(Understanding understanding, List<Draft> drafts, Snapshot snapshot, Context context) {
        boolean unanswered = drafts.size() > 1 && drafts.stream().allMatch(d -> d.outcome() == Outcome.NO_ANSWER);
        if (!unanswered || !understanding.premises().stream().allMatch(Premise::agrees)
                || understanding.parts().stream().anyMatch(part -> !part.named().details().isEmpty())) {
            return Optional.empty(); // "when did she step into the role, and who had the job before her?": details the sources lack
        }
        return snapshot.reader().whole(understanding)
                .flatMap(whole -> answers(List.of(whole), context).stream().findFirst())
                .filter(draft -> draft.outcome() == Outcome.ANSWERED)
                .map(draft -> draft.withNote((draft.note().isEmpty() ? "" : draft.note() + "; ")
                        + "the parts answered as one question"));
    }

    private List<Draft> answers(List<Part> parts, Context context) {
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            if (i > 0 && continuesDeclined(parts.get(i - 1), drafts.get(drafts.size() - 1), part)) {
                context.trace().answered(part, "the declined question it continues");
                drafts.add(Fallbacks.decline(context));
                continue;
            }
            for (Step step : steps) {
                Optional<Draft> draft = step.answer(part, context);
                if (draft.isPresent()) {
                    context.trace().answered(part, step.getClass().getSimpleName());
                    drafts.add(DetailGap.check(part, WhenGap.check(part, WhereGap.check(part, draft.get(), context), context), context));
                    break;
                }
            }
        }
        return drafts;
    }

    /**
     * "Quel parti a remporté les élections, et avec combien de sièges ?": a half completed from a
     * declined question, or naming nothing of the cluster's own, asks about what was declined,
     * whatever its words happen to match ("sièges" is no board seat here).
     */
    private static boolean continuesDeclined(Part previous, Draft previousDraft, Part part) {
        boolean completedFromIt = !part.searchText().equals(part.text()) && part.searchText().contains(previous.text());
        boolean nothingOfItsOwn = !part.named().hasSubject() && part.named().scope() != qc.alubot.understanding.Named.Scope.IN;
        return previousDraft.outcome() == Outcome.DECLINED && (completedFromIt || nothingOfItsOwn);
    }

    /** The question as completed, remembered as the topic a next "and…?" continues, when the step kept none. */
    private static Draft withTopic(Draft draft, Understanding understanding) {
        List<Part> parts = understanding.parts();
        return draft.topicQuestion().isPresent() ? draft : draft.withTopic(parts.get(parts.size() - 1).searchText());
    }

    /** "En français svp": the last question again, in the language asked for. */
    private Explanation inOtherLanguage(Question question, Understanding understanding, SessionState session,
                                        Context context) {
        Optional<String> last = session.history().isEmpty() ? Optional.empty()
                : Optional.of(session.history().get(session.history().size() - 1).question());
        if (last.isEmpty()) {
            Draft draft = Draft.conversation(Route.LANGUAGE, context.say(Reply.LANGUAGE_SWITCHED));
            return new Explanation(finish(draft, context), understanding, context.trace(), draft);
        }
        Question again = new Question(last.get(), question.sessionId(), question.channel(),
                Optional.of(understanding.language()), question.fallbackLanguage(), question.asker());
        Explanation explained = respond(again, session);
        Draft draft = explained.draft().withNote("the last question again, in " + understanding.language().code());
        return new Explanation(explained.answer().withNote(draft.note()), explained.understanding(), explained.trace(), draft);
    }

    private static Answer finish(Draft draft, Context context) {
        String contactId = draft.contactId()
                .or(() -> context.understanding().parts().stream().findFirst()
                        .map(part -> Fallbacks.contactFor(part, context).id()))
                .orElse(context.knowledge().defaultContact().id());
        return new Answer(UUID.randomUUID().toString(), draft.body(), context.language(), draft.route(), draft.outcome(),
                draft.confidence(), draft.sources(), sourcesLine(draft.sources(), context), draft.related(), contactId,
                context.snapshot().version(), draft.note());
    }

    private static String sourcesLine(List<Source> sources, Context context) {
        if (sources.isEmpty()) {
            return "";
        }
        return context.say(Reply.SOURCES_LABEL) + " "
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
