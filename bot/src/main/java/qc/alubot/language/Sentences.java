package qc.alubot.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits passage text into sentences for extractive answers. A Markdown list stays one unit;
 * abbreviations ("Ms.", "ext.", "M.") and decimals do not end a sentence.
 */
public final class Sentences {

    private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\\p{N}«\"(])");
    private static final Set<String> ABBREVIATIONS = Set.of("ms.", "mr.", "mrs.", "dr.", "st.", "ext.", "no.", "m.",
            "mme.", "mm.", "inc.", "ltd.", "co.", "e.g.", "i.e.", "etc.", "vs.", "p.", "t.");

    private Sentences() {
    }

    public static List<String> of(String text) {
        List<String> units = new ArrayList<>();
        for (String paragraph : text.strip().split("\\n\\s*\\n")) {
            if (isList(paragraph)) {
                units.add(paragraph.strip());
            } else {
                units.addAll(split(paragraph.replaceAll("\\s*\\n\\s*", " ").strip()));
            }
        }
        return units;
    }

    private static boolean isList(String paragraph) {
        return paragraph.strip().lines().anyMatch(line -> line.strip().matches("^([-*•]|\\d+\\.)\\s+.*"));
    }

    private static List<String> split(String paragraph) {
        List<String> sentences = new ArrayList<>();
        Matcher matcher = BOUNDARY.matcher(paragraph);
        int start = 0;
        while (matcher.find()) {
            String before = paragraph.substring(start, matcher.start());
            String lastWord = before.substring(before.lastIndexOf(' ') + 1).toLowerCase();
            if (!ABBREVIATIONS.contains(lastWord)) {
                sentences.add(before.strip());
                start = matcher.end();
            }
        }
        sentences.add(paragraph.substring(start).strip());
        sentences.removeIf(String::isEmpty);
        return sentences;
    }
}
