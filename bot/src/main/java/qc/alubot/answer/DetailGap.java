package qc.alubot.answer;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import qc.alubot.conversation.Draft;
import qc.alubot.conversation.Outcome;
import qc.alubot.conversation.Route;
import qc.alubot.knowledge.Reply;
import qc.alubot.language.Texts;
import qc.alubot.understanding.Part;

/**
 * "La prochaine édition du salon, ce sera à quelle date ?" answered with the first show's year, or
 * "what would a typical mandate cost?" with the summit that gave AVS its mandate: a detail the
 * question asks for (scope.yaml's details) that the dated answer never mentions. The sources do
 * not say it, and the answer says so before what they do say. Retrieval and list answers check
 * their own details.
 */
final class DetailGap {

    private static final Set<Route> DATED = EnumSet.of(Route.TIMELINE);
    /** Details a date answers ("founded", "since what year", "en poste depuis"): the dated answer gives them. */
    private static final Pattern DATING = Pattern.compile("found|fond|since|depuis|year|annee|tenure|birth|naissance|born|cree");

    private DetailGap() {
    }

    static Draft check(Part part, Draft draft, Context context) {
        if (draft.outcome() != Outcome.ANSWERED || !DATED.contains(draft.route())) {
            return draft;
        }
        return part.detailNotIn(draft.body()).filter(detail -> !DATING.matcher(Texts.fold(detail)).find())
                .map(detail -> Fallbacks.gap(context.say(Reply.DETAIL_GAP, "detail", detail), part, draft, context,
                        "a detail the dated answer does not give"))
                .orElse(draft);
    }
}
