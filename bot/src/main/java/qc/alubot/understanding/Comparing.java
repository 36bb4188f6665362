package qc.alubot.understanding;

import java.util.List;
import java.util.Set;
import qc.alubot.language.AnalyzedText;

/**
 * Whether a question compares two things, beyond its comparing words: "more X than Y" compares,
 * "more than 100 employees" sets a condition, "before I fly out" says when the asker acts, "the
 * same year as Trans-Al" compares two dates.
 */
final class Comparing {

    private Comparing() {
    }

    /** Adds or removes {@link Asked#COMPARE} (and {@link Asked#SAME}) from what the phrases found. */
    static void refine(Set<Asked> found, AnalyzedText text, List<String> comparePhrases) {
        if (text.hasAnyPhrase(SAME_TIME)) {
            found.remove(Asked.SAME); // "la même année que Trans-Al": two dates compared, not two names of one company
            found.add(Asked.COMPARE);
        }
        if (comparesWithMore(text.words()) && !onlyThresholds(text.words())) {
            found.add(Asked.COMPARE);
        } else if (found.contains(Asked.COMPARE) && onlyThresholds(text.words())) {
            found.remove(Asked.COMPARE); // "how many have more than 100 employees?": a condition on what is counted
        } else if (found.contains(Asked.COMPARE) && onlyTimeClauses(text, comparePhrases)) {
            found.remove(Asked.COMPARE); // "Before I fly out: how many…", "avant de signer": when the asker acts
        } else if (found.contains(Asked.COMPARE) && found.contains(Asked.SHARE) && onlyAWhole(text, comparePhrases)) {
            found.remove(Asked.COMPARE); // "relative to the whole market, what slice…": a share of that whole
        }
    }

    /** Words that set a share against the whole it is part of. */
    private static final List<String> OF_A_WHOLE = List.of("relative to the whole", "relative to the total",
            "relative to all", "compared to the whole", "compared with the whole", "compared to the total",
            "par rapport a l ensemble", "par rapport au total", "as a share of", "as a proportion of");

    private static boolean onlyAWhole(AnalyzedText text, List<String> comparePhrases) {
        return text.hasAnyPhrase(OF_A_WHOLE) && comparePhrases.stream()
                .filter(p -> OF_A_WHOLE.stream().noneMatch(whole -> whole.contains(p)))
                .noneMatch(p -> text.hasPhrase(p.replace("'", " ").replace("-", " ")) || text.hasPhrase(p));
    }

    private static final List<String> SAME_TIME = List.of("same year", "same time", "meme annee", "meme epoque",
            "en meme temps", "meme moment", "same period", "meme periode");
    /** "More X or Y?", "more X than Y", "plus de X ou de Y ?": "more" alone ("tell me more") compares nothing. */
    private static boolean comparesWithMore(List<String> words) {
        int more = -1;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.equals("more") || word.equals("plus") || word.equals("moins") || word.equals("fewer")
                    || word.equals("davantage") || word.equals("less")) {
                more = i;
            } else if (more >= 0 && (word.equals("than") || word.equals("or") || word.equals("que") || word.equals("ou")
                    || word.equals("qu"))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> MORE_LESS = Set.of("more", "less", "fewer", "plus", "moins", "over", "under",
            "above", "below");
    private static final Set<String> THAN = Set.of("than", "de", "d");

    /**
     * Whether every "more/less than" of the question is followed by a number ("more than 100
     * employees", "plus de 50 salariés") and nothing else compares: a threshold, not two things compared.
     */
    private static boolean onlyThresholds(List<String> words) {
        boolean threshold = false;
        for (int i = 0; i + 2 < words.size(); i++) {
            if (MORE_LESS.contains(words.get(i)) && THAN.contains(words.get(i + 1))) {
                if (!words.get(i + 2).matches("[\\d.,]+")) {
                    return false;
                }
                threshold = true;
            }
        }
        if (!threshold) {
            return false;
        }
        String line = " " + String.join(" ", words) + " ";
        return java.util.stream.Stream.of(" or ", " ou ", " versus ", " vs ", " compared ", " que ", " qu ")
                .noneMatch(line::contains);
    }

    private static final Set<String> BEFORE_AFTER = Set.of("before", "after", "avant", "apres");
    /** Who acts in a time clause ("before I fly out", "avant qu'on signe", "after meeting them"). */
    private static final Set<String> CLAUSE_OPENERS = Set.of("i", "we", "you", "they", "i'm", "we're", "my", "our",
            "your", "de", "d", "que", "qu", "j", "je", "nous", "vous", "on", "notre", "mon", "ma", "mes", "nos");

    /**
     * Whether the text compares only with "before"/"after" opening a clause about the asker: every
     * other comparing phrase absent, and each of those words followed by a subject or a verb in -ing.
     */
    private static boolean onlyTimeClauses(AnalyzedText text, List<String> comparePhrases) {
        List<String> words = text.words();
        boolean clause = false;
        for (int i = 0; i < words.size(); i++) {
            if (BEFORE_AFTER.contains(words.get(i))) {
                String next = i + 1 < words.size() ? words.get(i + 1) : "";
                if (!CLAUSE_OPENERS.contains(next) && !(next.endsWith("ing") && next.length() > 5)) {
                    return false;
                }
                clause = true;
            }
        }
        return clause && comparePhrases.stream().filter(p -> !BEFORE_AFTER.contains(p))
                .noneMatch(p -> text.hasPhrase(p.replace("'", " ").replace("-", " ")) || text.hasPhrase(p));
    }

}
