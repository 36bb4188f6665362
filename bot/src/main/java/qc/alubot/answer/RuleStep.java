package qc.alubot.answer;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import qc.alubot.conversation.Draft;
import qc.alubot.conversation.Outcome;
import qc.alubot.conversation.Route;
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
        return context.snapshot().rules().reply(part, context.situation()).map(draft -> withDetailGap(part, draft, context));
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
