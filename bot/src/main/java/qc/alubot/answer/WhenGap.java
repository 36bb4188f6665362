package qc.alubot.answer;

import java.util.List;
import qc.alubot.conversation.Draft;
import qc.alubot.conversation.Outcome;
import qc.alubot.conversation.Route;
import qc.alubot.knowledge.Company;
import qc.alubot.knowledge.Reply;
import qc.alubot.language.Sentences;
import qc.alubot.language.Texts;
import qc.alubot.understanding.Asked;
import qc.alubot.understanding.Part;

/**
 * "When was AluQuébec set up?" answered from a passage that dates something else (the 2015-2025
 * strategy) or nothing at all: the sources do not say when, and the answer says so before what
 * they do say. A date counts when a sentence of the answer gives a year beside the organisation
 * asked about (any year, when the question names none). Timeline and figure answers date what
 * they name and are left alone.
 */
final class WhenGap {

    private WhenGap() {
    }

    static Draft check(Part part, Draft draft, Context context) {
        if (draft.outcome() != Outcome.ANSWERED || draft.route() != Route.RETRIEVAL || !part.asks(Asked.WHEN)
                || part.asksAny(Asked.COUNT, Asked.AMOUNT, Asked.SHARE, Asked.FREQUENCY, Asked.PERIOD)) {
            return draft;
        }
        List<Company> asked = part.named().companies();
        boolean dated = Sentences.of(draft.body()).stream().filter(Texts::hasYear)
                .anyMatch(sentence -> asked.isEmpty() || names(sentence, asked));
        return dated ? draft : Fallbacks.gap(context.say(Reply.WHEN_GAP), part, draft, context, "when: not in the answer");
    }

    private static boolean names(String sentence, List<Company> companies) {
        String line = Texts.wordLine(sentence);
        return companies.stream().flatMap(Company::names).map(Texts::wordLine).anyMatch(line::contains);
    }
}
