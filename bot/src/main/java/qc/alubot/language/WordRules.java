package qc.alubot.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whole-word rewrites applied in order, each one regular expression linear in the text: how
 * {@link QuebecFrench} and {@link Shorthand} put a spelling in plain words.
 */
final class WordRules {

    private record Rule(Pattern pattern, String replacement) {
    }

    private final String before;
    private final String after;
    private final List<Rule> rules = new ArrayList<>();

    /**
     * @param before what may not stand right before a rewritten word (a lookbehind's characters)
     * @param after  what may not follow it (a lookahead)
     */
    WordRules(String before, String after) {
        this.before = before;
        this.after = after;
    }

    /** Rewrites {@code regex} (its groups are $1, $2… in the replacement) where it stands as whole words. */
    WordRules rule(String regex, String replacement) {
        return add("(?iu)", regex, replacement);
    }

    /** As {@link #rule}, but only where the word is written in exactly this case ("CA", not "ca" for "ça"). */
    WordRules exactCaseRule(String regex, String replacement) {
        return add("(?u)", regex, replacement);
    }

    private WordRules add(String flags, String regex, String replacement) {
        rules.add(new Rule(Pattern.compile(flags + "(?<!" + before + ")(?:" + regex + ")(?!" + after + ")"), replacement));
        return this;
    }

    /** The text rewritten; the very same string when no rule changed more than letter case. */
    String apply(String text) {
        String result = text;
        for (Rule rule : rules) {
            result = rule.pattern().matcher(result).replaceAll(rule.replacement());
        }
        return result.toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT)) ? text : result;
    }
}
