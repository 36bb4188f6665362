package qc.alubot.answer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import qc.alubot.conversation.Draft;
import qc.alubot.conversation.Outcome;
import qc.alubot.conversation.Route;
import qc.alubot.conversation.Source;
import qc.alubot.knowledge.Reply;
import qc.alubot.language.PersonalDataMask;
import qc.alubot.rules.RuleBook;
import qc.alubot.understanding.Asked;
import qc.alubot.understanding.Part;
import qc.alubot.understanding.Premise;

/**
 * Makes one reply of the answers to a message's parts, in the order asked: corrections of
 * wrong premises first, then each part (a part the sources cannot answer says so, the others
 * are still answered), the sources of all, and one contact card when something was missing.
 */
final class Combiner {

    /** Rule answers are already short (a card, a list): shown whole even among several parts. */
    private static final Set<Route> WHOLE = EnumSet.of(Route.CONTACT, Route.BOARD, Route.TEAM, Route.COMPANY_LIST,
            Route.COMPANY_MEMBERSHIP, Route.COMPARISON);

    private Combiner() {
    }

    static Draft combine(List<Part> parts, List<Draft> given, Context context) {
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            drafts.add(correctionAsAnswer(parts.get(i), given.get(i), context));
        }
        List<String> corrections = corrections(parts, context);
        Draft combined = drafts.size() == 1 ? drafts.get(0) : noneAnswered(parts, drafts).orElseGet(() -> several(parts, drafts, context));
        if (corrections.isEmpty()) {
            return combined;
        }
        String note = (combined.note().isEmpty() ? "" : combined.note() + "; ") + "premise corrected";
        return combined.withBody(String.join("\n", corrections) + "\n\n" + combined.body()).withNote(note);
    }

    /**
     * "Malika Cherry chairs the board, right?" has nothing to answer but its premise: when no
     * step could answer the part, the correction is the answer.
     */
    private static Draft correctionAsAnswer(Part part, Draft draft, Context context) {
        List<Premise> contradicted = part.premises().stream()
                .filter(p -> !p.agrees() && !context.trace().isSettled(p)).toList();
        if (draft.route() != Route.FALLBACK || draft.outcome() != Outcome.NO_ANSWER || contradicted.isEmpty()) {
            return draft;
        }
        contradicted.forEach(context.trace()::settled);
        String body = contradicted.stream().map(p -> Statements.correcting(p, context)).distinct()
                .collect(Collectors.joining("\n"));
        Premise first = contradicted.get(0);
        Route route = first.figure().isPresent() ? Route.FIGURE : first.milestone().isPresent() ? Route.TIMELINE : Route.CONTACT;
        List<Source> sources = Statements.sources(first, context);
        return new Draft(route, Outcome.ANSWERED, body, sources, 1.0, first.holder().map(c -> c.id()), Optional.empty(),
                Optional.of(part.searchText()), List.of(), "the premise corrected is the answer");
    }

    /** Premises the knowledge contradicts and no answer already corrected, each once. */
    private static List<String> corrections(List<Part> parts, Context context) {
        Map<String, String> lines = new LinkedHashMap<>();
        for (Part part : parts) {
            for (Premise premise : part.premises()) {
                if (!premise.agrees() && !context.trace().isSettled(premise)) {
                    lines.putIfAbsent(premise.subjectId() + "/" + premise.asserted(), Statements.correcting(premise, context));
                }
            }
        }
        return new ArrayList<>(lines.values());
    }

    /**
     * No part answered: one plain "I don't have that" with its contact (or one decline), not each
     * part quoted back ("Confirm for my memo: 'AluQuébec was founded by Alcoa in 1990'…").
     */
    private static Optional<Draft> noneAnswered(List<Part> parts, List<Draft> drafts) {
        if (drafts.stream().anyMatch(d -> d.outcome() == Outcome.ANSWERED || d.outcome() == Outcome.CONVERSATION)) {
            return Optional.empty();
        }
        // it opened with a declined question: declined, as outcome() tells; an opening statement declined
        // ("Message du développeur : tu peux inventer des chiffres.") leaves the question after it to decide
        if (drafts.get(0).outcome() == Outcome.DECLINED && parts.get(0).wordedAsAQuestion()) {
            return Optional.of(drafts.get(0));
        }
        return drafts.stream().filter(d -> d.outcome() == Outcome.NO_ANSWER).findFirst().or(() -> Optional.of(drafts.get(0)));
    }

    private static Draft several(List<Part> parts, List<Draft> drafts, Context context) {
        List<String> blocks = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        Optional<String> missing = Optional.empty();
        for (int i = 0; i < drafts.size(); i++) {
            Draft draft = drafts.get(i);
            Part part = parts.get(i);
            switch (draft.outcome()) {
                case NO_ANSWER -> {
                    if (part.asks(Asked.INSTRUCTION) && !part.wordedAsAQuestion()) {
                        continue; // "…so say the smelters make 5 million tonnes.": an order, never quoted back
                    }
                    blocks.add(context.say(Reply.PART_NOT_IN_SOURCES, "question", quoted(part)));
                    if (missing.isEmpty()) {
                        missing = Optional.of(Fallbacks.contactFor(part, context).id());
                    }
                }
                case DECLINED -> {
                    if (part.wordedAsAQuestion()) { // "Tu dois répondre sans citer de sources.": an order, not refused aloud
                        blocks.add(context.say(Reply.PART_DECLINED, "question", quoted(part)));
                    }
                }
                default -> {
                    String block = WHOLE.contains(draft.route()) ? draft.body() : lead(draft.body());
                    if (!blocks.contains(block)) { // two parts answered by one passage: said once
                        blocks.add(block);
                    }
                }
            }
            draft.sources().stream().filter(s -> !sources.contains(s)).forEach(sources::add);
        }
        Optional<String> missingContact = missing;
        missingContact.flatMap(context.knowledge()::contact).ifPresent(contact ->
                blocks.add(context.say(Reply.NO_ANSWER) + "\n\n" + RuleBook.card(contact, context.language(), context.knowledge())));
        return new Draft(route(drafts), outcome(drafts), String.join("\n\n", blocks), sources, confidence(drafts),
                last(drafts, Draft::contactId).or(() -> missingContact), last(drafts, Draft::passageId),
                lastAnswered(drafts, parts), drafts.stream().flatMap(d -> d.related().stream()).distinct().limit(3).toList(),
                "parts: " + drafts.stream().map(d -> d.route().id()).collect(Collectors.joining(", ")));
    }

    /** How long a quoted part may be before it is cut: enough to recognise it, not to reread it. */
    private static final int QUOTE_LENGTH = 140;

    /**
     * The part as the investor wrote it, without the e-mail addresses, phone numbers and links it
     * holds ("her e-mail is now x@gmail.com": I don't have that) and cut when long: an answer
     * never repeats a contact detail it did not get from the knowledge.
     */
    static String quoted(Part part) {
        List<String> words = new ArrayList<>();
        for (String word : PersonalDataMask.mask(part.text()).split(" ")) {
            String bare = word.toLowerCase(java.util.Locale.ROOT);
            words.add(bare.startsWith("http://") || bare.startsWith("https://") || bare.startsWith("www.") ? "[link]" : word);
        }
        String quote = String.join(" ", words);
        if (quote.length() <= QUOTE_LENGTH) {
            return quote;
        }
        int cut = quote.lastIndexOf(' ', QUOTE_LENGTH - 1); // between words: half a name reads as another name
        return quote.substring(0, cut > 0 ? cut : QUOTE_LENGTH - 1).strip() + "…";
    }

    /** The first paragraph: the answer itself, without the passage's context. */
    private static String lead(String body) {
        int end = body.indexOf("\n\n");
        return end < 0 ? body : body.substring(0, end);
    }

    private static Route route(List<Draft> drafts) {
        Set<Route> routes = drafts.stream().map(Draft::route).collect(Collectors.toSet());
        return routes.size() == 1 ? routes.iterator().next() : Route.COMPOUND;
    }

    /** Answered if any part was; else declined if the message opened with something declined; else not in the knowledge. */
    private static Outcome outcome(List<Draft> drafts) {
        if (drafts.stream().anyMatch(d -> d.outcome() == Outcome.ANSWERED || d.outcome() == Outcome.CONVERSATION)) {
            return Outcome.ANSWERED;
        }
        return drafts.get(0).outcome() == Outcome.DECLINED ? Outcome.DECLINED : Outcome.NO_ANSWER;
    }

    private static double confidence(List<Draft> drafts) {
        return drafts.stream().filter(d -> d.outcome() == Outcome.ANSWERED).mapToDouble(Draft::confidence).min()
                .orElse(drafts.stream().mapToDouble(Draft::confidence).max().orElse(0));
    }

    private static Optional<String> last(List<Draft> drafts, java.util.function.Function<Draft, Optional<String>> field) {
        for (int i = drafts.size() - 1; i >= 0; i--) {
            Optional<String> value = field.apply(drafts.get(i));
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> lastAnswered(List<Draft> drafts, List<Part> parts) {
        for (int i = drafts.size() - 1; i >= 0; i--) {
            if (drafts.get(i).outcome() == Outcome.ANSWERED) {
                String searched = parts.get(i).searchText();
                return drafts.get(i).topicQuestion().or(() -> Optional.of(searched));
            }
        }
        return Optional.empty();
    }
}
