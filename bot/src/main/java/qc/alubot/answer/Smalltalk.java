package qc.alubot.answer;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import qc.alubot.conversation.Draft;
import qc.alubot.conversation.Turn;
import qc.alubot.knowledge.Reply;
import qc.alubot.language.LanguageDetector;
import qc.alubot.language.Texts;

/**
 * Greetings, thanks and goodbyes get a short friendly reply; a greeting in front of a real
 * question ("Hi, how many smelters?") is set aside and the question answered.
 */
final class Smalltalk {

    private static final Set<String> GREETINGS = Set.of("hi", "hello", "hey", "greetings", "morning", "bonjour", "salut",
            "bonsoir", "allo", "coucou", "hola", "yo");
    private static final Set<String> THANKS = Set.of("thanks", "thank", "thx", "ty", "merci", "great", "perfect",
            "super", "parfait", "cool", "nice", "awesome", "excellent", "genial", "ok", "okay", "bravo");
    private static final Set<String> GOODBYES = Set.of("bye", "goodbye", "ciao", "revoir", "later", "adieu", "bientot");
    /** Words that may surround the key word without making it a question: "good morning", "merci beaucoup, très utile". */
    private static final Set<String> COMPANIONS = Set.of("good", "very", "much", "lot", "bot", "beaucoup", "bien", "tres",
            "bonne", "journee", "soiree", "day", "afternoon", "evening", "everyone", "monde", "madame", "monsieur",
            "help", "aide", "again", "encore", "info", "information", "informations", "helpful", "useful", "utile",
            "utiles", "appreciated", "informative", "answer", "answers", "reponse", "reponses", "plus", "see", "soon");
    /** Question words: "Hello, who is the GD?" is a question with a greeting, not small talk. */
    private static final Set<String> QUESTION_WORDS = Set.of("who", "what", "how", "which", "where", "when", "why",
            "qui", "quoi", "quel", "quelle", "quels", "quelles", "comment", "combien", "ou", "quand", "pourquoi");
    private static final Pattern LEADING_GREETING = Pattern.compile(
            "^\\s*(hi|hello|hey|good (morning|afternoon|evening)|bonjour|bonsoir|salut|allo|allô|coucou)\\b[\\s,!.:;-]*",
            Pattern.CASE_INSENSITIVE);

    private Smalltalk() {
    }

    /** A reply when the whole message is small talk. */
    static Optional<Draft> reply(Turn turn) {
        List<String> words = turn.analyzed().words();
        if (words.isEmpty() || words.stream().anyMatch(QUESTION_WORDS::contains)) {
            return Optional.empty();
        }
        long other = words.stream().filter(w -> !GREETINGS.contains(w) && !THANKS.contains(w) && !GOODBYES.contains(w)
                && !COMPANIONS.contains(w) && !LanguageDetector.isFunctionWord(w)).count();
        if (other > 0) {
            return Optional.empty();
        }
        Reply reply = words.stream().anyMatch(GOODBYES::contains) ? Reply.GOODBYE
                : words.stream().anyMatch(THANKS::contains) ? Reply.THANKS
                : words.stream().anyMatch(GREETINGS::contains) ? Reply.GREETING : null;
        return Optional.ofNullable(reply).map(r -> Draft.conversation("smalltalk",
                turn.knowledge().replies().say(turn.language(), r)));
    }

    /** The question without a greeting in front of it ("Bonjour, combien…" gives "combien…"). */
    static String withoutGreeting(String text) {
        String rest = LEADING_GREETING.matcher(text).replaceFirst("");
        return rest.isBlank() || Texts.words(rest).isEmpty() ? text : rest;
    }
}
