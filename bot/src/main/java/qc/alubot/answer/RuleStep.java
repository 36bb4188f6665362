package qc.alubot.answer;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import qc.alubot.conversation.Draft;
import qc.alubot.conversation.Outcome;
import qc.alubot.conversation.Route;
import qc.alubot.knowledge.Figure;
import qc.alubot.knowledge.Reply;
import qc.alubot.understanding.Asked;
import qc.alubot.understanding.Part;

/**
 * People, titles, the board, the team and companies: answered word for word from the structured
 * files. A list that does not give the detail asked of its members ("the board members' average
 * age") says so first: the question is not answered, the list is what the sources do give.
 */
final class RuleStep implements Step {

    private static final Set<Route> LISTS = EnumSet.of(Route.BOARD, Route.TEAM, Route.COMPANY_LIST);

    @Override
    public Optional<Draft> answer(Part part, Context context) {
        return context.snapshot().rules().reply(part, context.situation())
                .filter(draft -> !LISTS.contains(draft.route()) || !asksAQuantityNamed(part))
                .map(draft -> withDetailGap(part, draft, context));
    }

    /**
     * "Quelle fraction de l'ensemble des salaires revient au personnel des entreprises qui
     * transforment l'alu ?": a share or an amount the figures name, which a list cannot give.
     */
    private static boolean asksAQuantityNamed(Part part) {
        return part.asksAny(Asked.AMOUNT, Asked.SHARE) && part.named().figures().stream()
                .anyMatch(m -> m.value().kind() == Figure.Kind.SHARE || m.value().kind() == Figure.Kind.AMOUNT);
    }

    private static Draft withDetailGap(Part part, Draft draft, Context context) {
        if (!LISTS.contains(draft.route()) || draft.outcome() != Outcome.ANSWERED) {
            return draft;
        }
        if (part.asksAny(Asked.FREQUENCY, Asked.AMOUNT, Asked.SHARE)) {
            return Fallbacks.noAnswer(part, context, draft.confidence()); // "how often does the board meet?": no list says
        }
        return part.detailNotIn(draft.body()).map(detail -> {
            Draft gap = Fallbacks.noAnswer(context.say(Reply.DETAIL_GAP, "detail", detail) + "\n\n" + draft.body(),
                    part, context, draft.confidence());
            return new Draft(draft.route(), Outcome.NO_ANSWER, gap.body(), draft.sources(), draft.confidence(),
                    gap.contactId(), draft.passageId(), draft.topicQuestion(), draft.related(), "a detail the list does not give");
        }).orElse(draft);
    }
}
