package qc.alubot.rules;

import qc.alubot.conversation.Route;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import qc.alubot.conversation.Draft;
import qc.alubot.conversation.Outcome;
import qc.alubot.understanding.Asked;
import qc.alubot.understanding.Part;
import qc.alubot.knowledge.Contact;
import qc.alubot.knowledge.Reply;
import qc.alubot.language.LanguageDetector;
import qc.alubot.language.Texts;

/**
 * "Is Tesla part of the cluster?": a membership question about a name the files do not have.
 * The honest answer is that the sources do not name it (their lists are examples), with the
 * contact who would know.
 */
final class NotListedRule implements Rule {

    private static final Pattern PROPER_NAME = Pattern.compile("\\b(\\p{Lu}[\\p{L}&'-]*(?:\\s+\\p{Lu}[\\p{L}&'-]*)*)");
    /** Capitalised words that are not company names: the place, the cluster, sentence openers. */
    private static final Set<String> NOT_NAMES = Set.of("is", "are", "does", "do", "est", "sont", "fait", "quebec",
            "aluminum", "aluminium", "valley", "aluquebec", "avs", "i", "can", "could", "la", "le", "les", "l",
            "est-ce", "which", "what", "who", "quel", "quelle", "saguenay", "lac-saint-jean", "canada", "yes", "no");

    @Override
    public Route name() {
        return Route.COMPANY_MEMBERSHIP;
    }

    @Override
    public boolean appliesTo(Part part, Situation situation) {
        return part.asks(Asked.MEMBERSHIP) && !part.asks(Asked.COUNT) && part.named().companies().isEmpty()
                && Persons.named(part).isEmpty() && candidate(part.text()).isPresent();
    }

    static Optional<String> candidate(String text) {
        Matcher matcher = PROPER_NAME.matcher(text);
        while (matcher.find()) {
            List<String> words = List.of(matcher.group(1).split("\\s+"));
            List<String> kept = words.stream().filter(NotListedRule::couldBeName).toList();
            if (!kept.isEmpty()) {
                return Optional.of(String.join(" ", kept));
            }
        }
        return Optional.empty();
    }

    private static boolean couldBeName(String word) {
        String folded = String.join(" ", Texts.words(word));
        return !NOT_NAMES.contains(folded) && !LanguageDetector.isFunctionWord(folded);
    }

    @Override
    public Draft apply(Part part, Situation situation) {
        String name = candidate(part.text()).orElseThrow();
        Contact contact = situation.knowledge().defaultContact();
        String body = situation.knowledge().replies().say(situation.language(), Reply.NOT_LISTED, "company", name) + "\n\n"
                + ContactCards.card(contact, situation.language(), situation.knowledge());
        Draft card = Draft.fromRule(name(), body, List.of(ContactCards.source(contact, situation.language(), situation.knowledge())),
                Optional.of(contact.id()));
        return card.withOutcome(Outcome.NO_ANSWER);
    }
}
