package qc.alubot.understanding;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import qc.alubot.language.LanguageDetector;
import qc.alubot.language.Texts;

/**
 * Capitalised words that look like a name the knowledge files do not have: "Is Tesla part of
 * the cluster?", "what about Bombardier?".
 */
public final class ProperNames {

    private static final Pattern PROPER_NAME = Pattern.compile("\\b(\\p{Lu}[\\p{L}&'-]*(?:\\s+\\p{Lu}[\\p{L}&'-]*)*)");
    /** Capitalised words that are not company names: the place, the cluster, sentence openers. */
    private static final Set<String> NOT_NAMES = Set.of("is", "are", "does", "do", "est", "sont", "fait", "quebec", "qc", "pq",
            "aluminum", "aluminium", "valley", "aluquebec", "avs", "i", "can", "could", "la", "le", "les", "l",
            "est-ce", "which", "what", "who", "quel", "quelle", "saguenay", "lac-saint-jean", "canada", "yes", "no",
            "tell", "give", "list", "show", "how", "and", "et", "ok", "okay", "please", "thanks", "merci", "also",
            "et pour", "pour", "then", "so", "donc", "name", "nommez", "nomme", "cite", "citez", "describe", "explain",
            "decris", "decrivez", "explique", "expliquez", "provide", "share", "send", "find", "walk", "help", "svp",
            "donne", "donnez", "liste", "listez", "montre", "montrez");

    private ProperNames() {
    }

    /** The first capitalised run of words that could be a name, its other words left out. */
    public static Optional<String> candidate(String text) {
        Matcher matcher = PROPER_NAME.matcher(text);
        while (matcher.find()) {
            List<String> words = List.of(matcher.group(1).split("\\s+"));
            List<String> kept = words.stream().filter(ProperNames::couldBeName).toList();
            if (!kept.isEmpty()) {
                return Optional.of(String.join(" ", kept));
            }
        }
        return Optional.empty();
    }

    /** Whether the part names, after its first word, something that could be a name and is none the files know. */
    public static boolean unknownIn(Part part) {
        Named named = part.named();
        if (!named.people().isEmpty() || !named.companies().isEmpty() || !named.roleHolders().isEmpty()
                || !named.representatives().isEmpty() || !named.places().isEmpty()) {
            return false;
        }
        String text = part.text().strip();
        int firstSpace = text.indexOf(' ');
        return firstSpace > 0 && candidate(text.substring(firstSpace + 1)).isPresent();
    }

    private static boolean couldBeName(String word) {
        String folded = String.join(" ", Texts.words(word));
        return !NOT_NAMES.contains(folded) && !LanguageDetector.isFunctionWord(folded);
    }
}
