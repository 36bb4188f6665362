package qc.alubot.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes away what is not the question: markup (HTML tags and entities, Markdown emphasis,
 * headings, quotes, code fences, links), emoji and pictographs, control and direction marks,
 * and runs of spaces. A plain character scan: its cost is linear in the text whatever it holds.
 */
public final class Cleaner {

    /** An HTML tag longer than this is not a tag but text with a "<" in it. */
    private static final int LONGEST_TAG = 200;

    private Cleaner() {
    }

    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String text = blanksAsQuestions(withoutQuotedReplies(withoutMailLines(withoutHeadings(withoutTags(raw)))));
        text = entities(text);
        text = withoutFormatRequests(withoutQuestionLabels(markdown(text)));
        return symbolsAndSpaces(text);
    }

    private static final Pattern QUESTION_LABEL = Pattern.compile("(?imu)^[ \\t]*(?:(?:open|quick|one|my|a|main|key|"
            + "follow-up|followup|petite|une|ma|autre)[ \\t]+)?(?:question|q|query|demande)[ \\t]*\\d*[ \\t]*[:：][ \\t]*(?=\\S)");

    private static final Pattern FORMAT_REQUEST = Pattern.compile("(?iu)(?:,[ \\t]*)?\\b(?:in (?:one|a single|a) (?:line|sentence)"
            + "|in a nutshell|in a few words|in short|briefly|en une (?:seule )?(?:ligne|phrase)|en quelques mots|en bref)\\b"
            + "(?:[ \\t]*[,:])?[ \\t]*");

    /** "In one line, what does it want the Valley to be?", "…, en bref ?": how to answer, not what is asked. */
    static String withoutFormatRequests(String text) {
        return FORMAT_REQUEST.matcher(text).replaceAll(m -> m.start() == 0 || text.charAt(m.start()) == ',' ? "" : " ");
    }

    /** "Open question: which organisation…", "Q: …", "Petite question : …": the label says nothing of what is asked. */
    static String withoutQuestionLabels(String text) {
        return QUESTION_LABEL.matcher(text).replaceAll("");
    }

    /** "<p>How many <b>smelters</b>?</p>" gives "How many smelters ?": each tag becomes a space. */
    static String withoutTags(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close = c == '<' ? tagEnd(text, i) : -1;
            if (close > 0) {
                out.append(' ');
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The index of the '>' closing a tag opened at {@code open}, or -1 when it is not a tag. */
    private static int tagEnd(String text, int open) {
        if (open + 1 >= text.length()) {
            return -1;
        }
        char next = text.charAt(open + 1);
        if (!(Character.isLetter(next) || next == '/' || next == '!' || next == '?')) {
            return -1;
        }
        int limit = Math.min(text.length(), open + LONGEST_TAG);
        for (int i = open + 1; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '>') {
                return i;
            }
            if (c == '<') {
                return -1;
            }
        }
        return -1;
    }

    private static final Pattern MAIL_LINE = Pattern.compile(
            "(?iu)^\\s*(?:(?:re|fw|fwd|tr|objet|subject|from|de|to|à|cc|sent|envoyé|date)\\s*:.*"
                    + "|(?:sent from|envoyé de|envoye de|get outlook for|obtenir outlook pour)\\b.*)$");

    /**
     * A forwarded e-mail's header lines ("RE: follow-up", "From: …") and the phone's signature
     * ("Sent from my iPhone") are not the question; they go when other lines remain.
     */
    static String withoutMailLines(String text) {
        if (text.indexOf('\n') < 0) {
            return text;
        }
        List<String> kept = text.lines().filter(line -> !MAIL_LINE.matcher(line).matches()).toList();
        return kept.stream().anyMatch(line -> !line.isBlank()) ? String.join("\n", kept) : text;
    }

    /**
     * "> > Are we still on for the visit?" / "> Yes, Tuesday." above "What will the price be?": the
     * quoted lines of an e-mail thread are history, not the question, when the lines outside the
     * quote ask one. A quote alone, or under "can you answer this", is the question and stays.
     */
    /**
     * "Can you answer Jane's question below?", "pouvez-vous répondre à la question de Marc ?": the
     * quote is the question; "Pourriez-vous chiffrer exactement cette part ?": the quote is its subject.
     */
    private static final Pattern POINTS_AT_THE_QUOTE = Pattern.compile(
            "(?iu)\\b(?:question|questions|below|above|answer|answers|r[ée]pondre|r[ée]ponds|ci-dessous|ci-dessus|plus bas|plus haut|this|ceci|ça|cette|cet|these|that claim|that figure|that number)\\b");

    static String withoutQuotedReplies(String text) {
        if (text.indexOf('>') < 0 || text.indexOf('\n') < 0) {
            return text;
        }
        List<String> kept = text.lines().filter(line -> !line.stripLeading().startsWith(">")).toList();
        String own = String.join("\n", kept);
        boolean asksOfItsOwn = own.contains("?") && !POINTS_AT_THE_QUOTE.matcher(own).find();
        return kept.size() < text.lines().count() && asksOfItsOwn ? own : text;
    }

    private static final Pattern OPEN_BOX = Pattern.compile("^\\s*(?:[-*•+]\\s*)?\\[ ]\\s*(.+)$");
    private static final Pattern TICKED_BOX = Pattern.compile("^\\s*(?:[-*•+]\\s*)?\\[[xX✓✔]]\\s*(.+)$");
    private static final Pattern BLANK = Pattern.compile("_{3,}|\\.{4,}|…{2,}");
    /** "Can you tick the open boxes?", "merci de remplir les blancs": the request to fill in, not a question of its own. */
    private static final Pattern FILL_IN = Pattern.compile("(?iu)\\b(?:tick|check|fill|complete|remplir|remplis|remplissez|"
            + "cocher|coche|cochez|compl[ée]ter|compl[èe]te|compl[ée]tez)\\b.*\\b(?:box|boxes|blanks?|form|fields?|cases?|"
            + "blancs?|formulaire|champs?|trous?|questionnaire|checklist|liste)\\b");

    /**
     * A pasted form: "- [ ] Year the agency was launched", "C.2 Year it was formed: ______",
     * "CQRDA born in ____". Each open box or blank is a question (its line ends with "?"), a ticked
     * box is what the asker already knows, and "can you tick the open boxes?" asks nothing more.
     */
    static String blanksAsQuestions(String text) {
        if (text.indexOf('\n') < 0 || text.indexOf('[') < 0 && !BLANK.matcher(text).find()) {
            return text;
        }
        List<String> lines = new ArrayList<>();
        boolean blanks = false;
        for (String line : text.lines().toList()) {
            Matcher open = OPEN_BOX.matcher(line);
            Matcher ticked = TICKED_BOX.matcher(line);
            if (open.matches()) {
                lines.add(trimmed(open.group(1), ":") + " ?");
                blanks = true;
            } else if (ticked.matches()) {
                lines.add(trimmed(ticked.group(1), ".:") + ".");
            } else if (BLANK.matcher(line).find()) {
                String asked = trimmed(BLANK.matcher(line).replaceAll(" "), ":");
                lines.add(asked.contains("?") ? asked : asked + " ?");
                blanks = true;
            } else {
                lines.add(line);
            }
        }
        if (blanks) {
            lines.removeIf(line -> FILL_IN.matcher(line).find() && !BLANK.matcher(line).find());
        }
        return String.join("\n", lines);
    }

    /** The line without the spaces and the given marks at its end, in one backward scan. */
    private static String trimmed(String line, String marks) {
        int end = line.length();
        while (end > 0 && (Character.isWhitespace(line.charAt(end - 1)) || marks.indexOf(line.charAt(end - 1)) >= 0)) {
            end--;
        }
        return line.substring(0, end).strip();
    }

    /** "### Stratégie" above a question is a title, not a question: headings go when other lines remain. */
    static String withoutHeadings(String text) {
        if (text.indexOf('#') < 0) {
            return text;
        }
        List<String> lines = text.lines().toList();
        List<String> kept = lines.stream().filter(line -> !line.stripLeading().startsWith("#")).toList();
        return kept.stream().anyMatch(line -> !line.isBlank()) ? String.join("\n", kept) : text;
    }

    private static String entities(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        return text.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", " ").replace("&gt;", " ")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&apos;", "'").replace("&rsquo;", "'")
                .replace("&eacute;", "é").replace("&egrave;", "è").replace("&agrave;", "à").replace("&ccedil;", "ç");
    }

    /** Markdown marks around words and at line starts; "[text](url)" keeps its text. */
    static String markdown(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean lineStart = true;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (lineStart && (c == '#' || c == '>' || c == '-' || c == '*' || c == '•' || c == '+')
                    && (i + 1 >= text.length() || text.charAt(i + 1) == ' ' || text.charAt(i + 1) == c)) {
                while (i < text.length() && text.charAt(i) == c) {
                    i++;
                }
                continue;
            }
            if (c == '*' || c == '_' && isMarkupUnderscore(text, i) || c == '`' || c == '~' && next(text, i) == '~') {
                out.append(' ');
                i++;
                continue;
            }
            if (c == ']' && next(text, i) == '(') {
                int close = text.indexOf(')', i);
                i = close < 0 || close - i > LONGEST_TAG ? i + 1 : close + 1;
                continue;
            }
            if (c == '[') {
                i++;
                continue;
            }
            lineStart = c == '\n' || lineStart && Character.isWhitespace(c);
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /** "__bold__" and "_it_" are markup; "snake_case" inside a word is not. */
    private static boolean isMarkupUnderscore(String text, int i) {
        boolean before = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
        boolean after = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
        return !(before && after);
    }

    private static char next(String text, int i) {
        return i + 1 < text.length() ? text.charAt(i + 1) : 0;
    }

    /** Emoji, pictographs, control and format characters go; runs of spaces become one; lines are kept. */
    static String symbolsAndSpaces(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n' || cp == '\r') {
                trimEnd(out);
                if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                    out.append('\n');
                }
                space = false;
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || isNoise(cp)) {
                space = out.length() > 0 && out.charAt(out.length() - 1) != '\n';
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.appendCodePoint(cp);
            }
        }
        trimEnd(out);
        return out.toString().strip();
    }

    private static void trimEnd(StringBuilder out) {
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }

    /** Emoji and other pictographs, private-use and control characters, zero-width and direction marks. */
    private static boolean isNoise(int cp) {
        int type = Character.getType(cp);
        return type == Character.OTHER_SYMBOL || type == Character.CONTROL || type == Character.FORMAT
                || type == Character.PRIVATE_USE || type == Character.SURROGATE || type == Character.UNASSIGNED
                || type == Character.NON_SPACING_MARK && cp >= 0xFE00 && cp <= 0xFE0F
                || cp >= 0x1F000 && cp <= 0x1FAFF;
    }
}
