package qc.alubot.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import qc.alubot.conversation.Draft;
import qc.alubot.conversation.Outcome;
import qc.alubot.conversation.Turn;
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
    public String name() {
        return "company-membership";
    }

    @Override
    public boolean appliesTo(Turn turn, Understanding understanding) {
        return understanding.has(Intent.MEMBERSHIP) && !understanding.has(Intent.COUNT) && understanding.companies().isEmpty()
                && understanding.namedPeople().isEmpty() && candidate(turn.text()).isPresent();
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
        String folded = Texts.fold(word);
        return !NOT_NAMES.contains(folded) && !LanguageDetector.isFunctionWord(folded);
    }

    @Override
    public Draft apply(Turn turn, Understanding understanding) {
        String name = candidate(turn.text()).orElseThrow();
        Contact contact = turn.knowledge().defaultContact();
        String body = turn.knowledge().replies().say(turn.language(), Reply.NOT_LISTED, "company", name) + "\n\n"
                + ContactCards.card(contact, turn.language(), turn.knowledge());
        Draft card = Draft.fromRule(name(), body, List.of(ContactCards.source(contact, turn.language(), turn.knowledge())),
                Optional.of(contact.id()));
        return card.withOutcome(Outcome.NO_ANSWER);
    }
}
