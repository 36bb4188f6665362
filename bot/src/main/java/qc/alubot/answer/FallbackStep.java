package qc.alubot.answer;

import java.util.Optional;
import qc.alubot.conversation.Draft;
import qc.alubot.rules.RuleBook;
import qc.alubot.understanding.Named;
import qc.alubot.understanding.Part;

/**
 * The last step, which always answers: in scope but not in the knowledge gets "I don't have
 * that" and the right contact; anything else is declined.
 */
final class FallbackStep implements Step {

    @Override
    public Optional<Draft> answer(Part part, Context context) {
        double confidence = context.trace().lastRetrieval().confidence();
        return Optional.of(inScope(part) ? Fallbacks.noAnswer(part, context, confidence) : Fallbacks.decline(context));
    }

    /** About the cluster, so worth a contact rather than a decline: its vocabulary, a name it knows, or a follow-up. */
    private static boolean inScope(Part part) {
        Named named = part.named();
        return named.scope() == Named.Scope.IN || RuleBook.recognises(part) || named.hasSubject()
                || part.followUp() || !named.details().isEmpty() && named.scope() != Named.Scope.OUT;
    }
}
