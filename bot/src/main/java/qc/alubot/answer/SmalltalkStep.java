package qc.alubot.answer;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import qc.alubot.conversation.Draft;
import qc.alubot.conversation.Route;
import qc.alubot.knowledge.Reply;
import qc.alubot.language.LanguageDetector;
import qc.alubot.language.Texts;
import qc.alubot.understanding.Part;

/**
 * Greetings, thanks and goodbyes get a short friendly reply, when that is all the message says;
 * a greeting in front of a real question ("Hi, how many smelters?") is left to the other steps.
 */
final class SmalltalkStep implements Step {

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

    @Override
    public Optional<Draft> answer(Part part, Context context) {
        if (context.understanding().isCompound()) {
            return Optional.empty();
        }
        List<String> words = Texts.words(context.understanding().text());
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
        return Optional.ofNullable(reply).map(r -> Draft.conversation(Route.SMALLTALK, context.say(r)));
    }
}
