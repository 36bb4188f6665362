package qc.alubot.answer;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import qc.alubot.conversation.Turn;

/**
 * Recognises elliptic follow-ups ("And how much do they produce?", "Et en 2001 ?") that only
 * make sense with the previous question's topic.
 */
final class FollowUps {

    private static final Set<String> OPENERS = Set.of("and", "et", "also", "aussi", "what about", "how about",
            "et pour", "et puis", "then", "ok and", "et les", "and the");
    private static final Set<String> REFERENCES = Set.of("they", "them", "their", "it", "its", "those", "these",
            "that", "this", "ils", "elles", "leur", "leurs", "ceux", "celles", "cela", "ca", "celui", "celle", "y");
    /** French inversions: "existe-t-il", "produisent-ils", "est-elle". */
    private static final Pattern INVERTED_PRONOUN = Pattern.compile("-(t-)?(il|ils|elle|elles)$");
    /** Pronouns that stand for a person: "What did he study?" continues with the last person named. */
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "his", "her", "him", "il", "elle", "lui",
            "son", "sa", "ses");
    /** A question with this few content words rarely stands on its own. */
    private static final int FEW_TERMS = 2;

    private FollowUps() {
    }

    /** Whether the question points back at a person ("he", "her", "-t-elle"). */
    static boolean refersToPerson(Turn turn) {
        return turn.analyzed().words().stream().anyMatch(w -> PERSON_PRONOUNS.contains(w)
                || w.endsWith("-il") || w.endsWith("-elle"));
    }

    static boolean looksLikeFollowUp(Turn turn) {
        List<String> words = turn.analyzed().words();
        if (words.isEmpty()) {
            return false;
        }
        boolean opener = OPENERS.stream().anyMatch(o -> String.join(" ", words).startsWith(o + " "));
        boolean reference = words.stream().anyMatch(w -> REFERENCES.contains(w) || PERSON_PRONOUNS.contains(w)
                || INVERTED_PRONOUN.matcher(w).find());
        return opener || reference || turn.analyzed().terms(turn.textLanguage()).size() <= FEW_TERMS;
    }
}
