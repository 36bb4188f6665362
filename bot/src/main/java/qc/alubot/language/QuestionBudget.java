package qc.alubot.language;

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
     * with a question mark), or failing one the last sentence, cut to the budget if it is longer.
     */
    public static String cut(String text) {
        if (text == null || text.length() <= MAX_CHARS) {
            return text;
        }
        String question = lastQuestion(text);
        return CUT_MARK + head(question, MAX_CHARS - CUT_MARK.length());
    }

    private static String lastQuestion(String text) {
        int start = 0;
        int[] lastAsked = null;
        int[] last = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ends = isTerminator(c) && (i + 1 == text.length() || !isTerminator(text.charAt(i + 1)));
            if (ends || i + 1 == text.length()) {
                int[] sentence = {start, i + 1};
                String words = text.substring(start, i + 1);
                if (!words.isBlank()) {
                    last = sentence;
                    lastAsked = words.indexOf('?') >= 0 || words.indexOf('？') >= 0 ? sentence : lastAsked;
                }
                start = i + 1;
            }
        }
        int[] chosen = lastAsked != null ? lastAsked : last;
        return chosen == null ? text.strip() : text.substring(chosen[0], chosen[1]).strip();
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
