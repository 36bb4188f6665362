package qc.alubot.language;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads an over-long text down to its question, so that whatever anyone sends, the answer path
 * reads a bounded amount: every step (analysis in two languages, typo correction, phrase matching,
 * the embedding model, the scans of rules and logbook) costs in proportion to the text, and a
 * pasted page must not cost a thousand questions. A real question fits the budget several times
 * over (the longest in the evaluation set is 134 characters) and is left as it is.
 */
public final class QuestionBudget {

    /**
     * Characters of a text the answer path reads. Room for a question with a paragraph of context;
     * a 4,000-character text of random words then costs as much as a long question, not 20 times it.
     */
    public static final int MAX_CHARS = 500;
    /** Starts a text that was cut, so that staff reading the logbook see it was. */
    static final String CUT_MARK = "… ";
    /** How far back a cut looks for a space, so as not to split a word. */
    private static final int WORD_SLACK = 40;

    private QuestionBudget() {
    }

    /**
     * The text itself when it fits; else its question: the last sentence that asks something (ends
     * with a question mark), or failing one the last sentence, with as many of the sentences just
     * before it as fit ("Québec has five smelters. How much do they produce?" keeps its subject),
     * cut to the budget if the question alone is longer.
     */
    public static String cut(String text) {
        if (text == null || text.length() <= MAX_CHARS) {
            return text;
        }
        List<int[]> sentences = sentences(text);
        int chosen = lastAsked(text, sentences);
        if (chosen < 0) {
            return CUT_MARK + head(text.strip(), MAX_CHARS - CUT_MARK.length());
        }
        int budget = MAX_CHARS - CUT_MARK.length();
        int from = sentences.get(chosen)[0];
        int to = sentences.get(chosen)[1];
        for (int i = chosen - 1; i >= 0 && to - sentences.get(i)[0] <= budget; i--) {
            from = sentences.get(i)[0];
        }
        return CUT_MARK + head(text.substring(from, to).strip(), budget);
    }

    private static List<int[]> sentences(String text) {
        List<int[]> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ends = isTerminator(c) && (i + 1 == text.length() || !isTerminator(text.charAt(i + 1)));
            if (ends || i + 1 == text.length()) {
                if (!text.substring(start, i + 1).isBlank()) {
                    sentences.add(new int[] {start, i + 1});
                }
                start = i + 1;
            }
        }
        return sentences;
    }

    /** The index of the last sentence with a question mark, else of the last sentence; -1 when none. */
    private static int lastAsked(String text, List<int[]> sentences) {
        for (int i = sentences.size() - 1; i >= 0; i--) {
            String sentence = text.substring(sentences.get(i)[0], sentences.get(i)[1]);
            if (sentence.indexOf('?') >= 0 || sentence.indexOf('？') >= 0) {
                return i;
            }
        }
        return sentences.size() - 1;
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\n' || c == '…' || c == '？' || c == '！' || c == '。';
    }

    /** The first {@code max} characters, ending at a space if one is near, never inside a surrogate pair. */
    private static String head(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isLowSurrogate(text.charAt(max)) ? max - 1 : max;
        int space = text.lastIndexOf(' ', end);
        return text.substring(0, space > end - WORD_SLACK && space > 0 ? space : end).strip();
    }
}
