package qc.alubot.language;

/**
 * Texting spelling and slips in the words a question is built on ("hw mny ppl wrk 4 the
 * procesors", "r there", "w/ them") put in plain English for understanding: the question words,
 * pronouns and verbs that say what is asked are few, and a slip in one of them loses the whole
 * question. Subject words need no rule here: search matches them to the passages' words within
 * a typo. Each rule is one regular expression over whole words, linear in the text.
 */
public final class Shorthand {

    private static final WordRules RULES = new WordRules("[\\p{L}\\d'’&/.-]", "[\\p{L}\\d'’&/-]|\\.\\p{L}")
            .rule("hw|hoe|hwo", "how")
            .rule("mny|mnay|mamy|meny|manny", "many")
            .rule("ppl|peeps|poeple|peopel", "people")
            .rule("wrk|wrks|wokr", "work")
            .rule("wat|wut|wht|waht", "what")
            .rule("whn|wen", "when")
            .rule("whr|wher", "where")
            .rule("hu|whos", "who's")
            .rule("r", "are")
            .rule("n", "and")
            .rule("k|kk", "ok")
            .rule("u", "you")
            .rule("ur", "your")
            .rule("abt|bout", "about")
            .rule("w/", "with")
            .rule("govt|gov't|gvt", "government")
            .rule("yr", "year")
            .rule("yrs", "years")
            .rule("b4", "before")
            .rule("bc|cuz|coz", "because")
            .rule("pls|plz", "please")
            .rule("thx|thnx|tks", "thanks")
            .rule("smth|sth", "something")
            .rule("bord|baord|borad", "board")
            .rule("mfr|mfrs", "manufacturer")
            .rule("mfg", "manufacturing")
            .rule("ppl's", "people's");

    private Shorthand() {
    }

    public static String standard(String text) {
        return RULES.apply(text);
    }
}
