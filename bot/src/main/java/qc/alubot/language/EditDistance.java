package qc.alubot.language;

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.
 * Takes |a| × |b| steps and three rows of memory (not a whole |a| × |b| table): callers compare a
 * known word with a typed one, and a typed one can be as long as anyone makes it.
 */
public final class EditDistance {

    private EditDistance() {
    }

    public static int between(String a, String b) {
        int[] beforePrevious = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    current[j] = Math.min(current[j], beforePrevious[j - 2] + 1);
                }
            }
            int[] recycled = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = recycled;
        }
        return previous[b.length()];
    }

    /** How many typos a word of this length may carry and still be recognised. */
    public static int tolerance(int length) {
        if (length >= 8) {
            return 2;
        }
        return length >= 4 ? 1 : 0;
    }
}
