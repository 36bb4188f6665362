package qc.alubot.answer;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import qc.alubot.conversation.Draft;
import qc.alubot.conversation.Outcome;
import qc.alubot.conversation.Route;
import qc.alubot.knowledge.Reply;
import qc.alubot.language.Texts;
import qc.alubot.understanding.Part;

/**
 * "Where was the 2015 summit held?", "Où sont situées les huit alumineries ?": a place asked for.
 * When the answer found names no place the question did not already name (the summit's passage
 * gives its date, not its venue), the sources do not say where, and the answer says so before
 * what they do say, with the right contact.
 */
final class WhereGap {

    /** Folded phrases that ask for a place; "où" itself is read before folding, where it is no "ou" (or). */
    private static final Pattern WHERE = Pattern.compile("\\b(?:where|whereabouts|which city|what city|which town|"
            + "what location|which location|what venue|which venue|located where|ou se trouvent?|ou se situent?|"
            + "ou sont situe(?:e|s|es)?|ou est situee?|ou a eu lieu|ou se tien(?:t|nent|drait)|ou se tenait|"
            + "ou s est tenue?|c est ou|cest ou|a quel endroit|dans quelle ville|quelle ville|quel lieu|quel endroit|"
            + "which building|what building|which hall|what hall|quel edifice|quel batiment|quelle salle)\\b");
    private static final Pattern OU = Pattern.compile("(?iu)(?<![\\p{L}])où(?![\\p{L}])");
    /** "Ça vient d'où ?", "where does it come from?": an origin, which a history tells without a place. */
    private static final Pattern ORIGIN = Pattern.compile("\\b(?:vien(?:t|nent) d ou|d ou vien(?:t|nent)|provien(?:t|nent) d ou|"
            + "d ou provien(?:t|nent)|where (?:\\S+ ){0,12}come from|where (?:\\S+ ){0,12}comes from|origin|origine)\\b");
    /** Answers built from a passage or a figure, which may or may not name a place. */
    private static final Set<Route> FROM_PASSAGES = EnumSet.of(Route.RETRIEVAL, Route.TIMELINE, Route.FIGURE);
    /** Places too broad to tell where something is: the whole province, the country, "the region". */
    private static final Set<String> TOO_BROAD = Set.of("the region", "la region", "the valley", "la vallee", "canada",
            "quebec", "the province", "la province");

    private WhereGap() {
    }

    static Draft check(Part part, Draft draft, Context context) {
        if (draft.outcome() != Outcome.ANSWERED || !FROM_PASSAGES.contains(draft.route()) || !asksWhere(part)) {
            return draft;
        }
        String asked = " " + Texts.wordLine(part.searchText()) + " ";
        String body = withoutOrganisations(Texts.wordLine(draft.body()), context);
        boolean placeGiven = places(context).map(Texts::wordLine)
                .filter(place -> !TOO_BROAD.contains(place.strip()) && !asked.contains(" " + place.strip() + " "))
                .anyMatch(place -> body.contains(" " + place.strip() + " "));
        if (placeGiven) {
            return draft;
        }
        return Fallbacks.gap(context.say(Reply.WHERE_GAP), part, draft, context, "where: not in the answer");
    }

    static boolean asksWhere(Part part) {
        String folded = Texts.fold(part.text()).replace('\'', ' ');
        return !ORIGIN.matcher(folded).find() && (OU.matcher(part.text()).find() || WHERE.matcher(folded).find());
    }

    /** "Aluminium Valley Society" names an organisation, not where something is. */
    private static String withoutOrganisations(String line, Context context) {
        String text = line;
        for (String name : context.knowledge().companies().stream().flatMap(c -> c.names()).map(Texts::wordLine).toList()) {
            text = text.replace(name, " ");
        }
        return text;
    }

    private static Stream<String> places(Context context) {
        return context.knowledge().scope().places().values().stream().flatMap(List::stream);
    }
}
