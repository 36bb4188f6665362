package qc.alubot.language;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text folding shared by every matcher, so "Québec", "QUEBEC" and "quebec" compare equal. */
public final class Texts {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}@._+-]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** "what's", "who's", "there's": a contraction of "is", not a possessive. */
    private static final Pattern IS_CONTRACTED = Pattern.compile("\\b(what|who|where|when|how|which|that|it|there|here)'s\\b");

    private Texts() {
    }

    /** Lower case, no accents, typographic apostrophes and dashes made plain, spaces collapsed. */
    public static String fold(String text) {
        String plain = text.replace('’', '\'').replace('‘', '\'').replace('–', '-').replace('—', '-')
                .replace('\u00A0', ' ').replace('\u202F', ' ');
        String noMarks = MARKS.matcher(Normalizer.normalize(plain, Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(noMarks.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d\\d(?!\\d)");

    /** Whether the text gives a year ("1993", "en 2001"). */
    public static boolean hasYear(String text) {
        return YEAR.matcher(text).find();
    }

    /**
     * Folded words, split on anything that is not a letter or digit. French elisions are cut
     * ("l'équipe" gives "equipe") and a final possessive "'s" is dropped ("Gendron's" gives "gendron"; "what's" gives "what is").
     */
    public static List<String> words(String text) {
        String folded = IS_CONTRACTED.matcher(fold(text)).replaceAll("$1 is").replaceAll("\\b([ldjmnstc]|qu)'", "").replaceAll("'s\\b", "").replace('\'', ' ');
        return Arrays.stream(NON_WORD.matcher(folded).replaceAll(" ").split(" "))
                .map(w -> w.replaceAll("^[._+-]+|[._+-]+$", ""))
                .filter(w -> !w.isEmpty())
                .toList();
    }

    /** The folded words joined by single spaces, padded with one space on each side for phrase search. */
    public static String wordLine(String text) {
        return " " + String.join(" ", words(text)) + " ";
    }
}
