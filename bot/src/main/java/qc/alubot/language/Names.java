package qc.alubot.language;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The proper names in a text: runs of capitalised words ("Rio Tinto Alcan", "Lac-Saint-Jean"),
 * acronyms ("CQRDA") and words with inner capitals ("AluQuébec"). A capital at the start of a
 * sentence says nothing, so a sentence's first word counts only when it is not an ordinary word.
 */
public final class Names {

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{M}\\p{N}'’]*");
    private static final Pattern ELISION = Pattern.compile("^(?i)(?:qu|[ldjmnstc])['’]");
    /** What may separate the words of one name: spaces, hyphens and dashes ("Saguenay—Lac-Saint-Jean"). */
    private static final Pattern JOINER = Pattern.compile("[\\s\\-–—]+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:][^\\p{L}\\p{N}]*$");
    private static final Pattern LIST_MARK = Pattern.compile("^\\s*(?:[-*•]|\\d+[.)])\\s+");

    private Names() {
    }

    /**
     * @param ordinary whether a folded word is an ordinary word of the language, for sentence starts
     */
    public static List<String> in(String text, Predicate<String> ordinary) {
        List<String> names = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String body = LIST_MARK.matcher(line).replaceFirst("");
            names.addAll(inLine(body, ordinary));
        }
        return names;
    }

    private static List<String> inLine(String line, Predicate<String> ordinary) {
        List<String> names = new ArrayList<>();
        Matcher word = WORD.matcher(line);
        int[] run = {-1, -1};
        int previousEnd = 0;
        while (word.find()) {
            if (run[0] >= 0 && !JOINER.matcher(line.substring(previousEnd, word.start())).matches()) {
                close(line, run, names);
            }
            boolean sentenceStart = previousEnd == 0 || SENTENCE_END.matcher(line.substring(0, word.start())).find();
            String token = ELISION.matcher(word.group()).replaceFirst("");
            if (isName(token) && !(sentenceStart && ordinary.test(Texts.fold(token)) && !isAcronym(token))) {
                run[0] = run[0] < 0 ? word.end() - token.length() : run[0];
                run[1] = word.end();
            } else {
                close(line, run, names);
            }
            previousEnd = word.end();
        }
        close(line, run, names);
        return names;
    }

    /** Ends the run of name words in {@code run} (start, end; -1 when none), if any, as one name. */
    private static void close(String line, int[] run, List<String> names) {
        if (run[0] >= 0) {
            names.add(line.substring(run[0], run[1]));
            run[0] = -1;
        }
    }

    /** Capitalised (two letters or more: "I" is no name), or with a capital inside ("AluQuébec"). */
    private static boolean isName(String token) {
        return token.length() >= 2 && (Character.isUpperCase(token.charAt(0))
                || token.chars().skip(1).anyMatch(Character::isUpperCase));
    }

    private static boolean isAcronym(String token) {
        return token.length() >= 2 && token.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** Folded words joined by single spaces, hyphens as spaces, padded: for whole-phrase search. */
    public static String phrase(String text) {
        return " " + String.join(" ", Texts.words(text.replace('-', ' ').replace('–', ' ').replace('—', ' '))) + " ";
    }
}
