package qc.alubot.understanding;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a question that stands alone from one that needs the last topic: "and in 2005?", "and
 * his e-mail?", "what about Promotion Saguenay?", "what's its goal?". A complete question (it
 * names its subject and what it asks) is read alone, whatever came before.
 */
final class FollowUp {

    private static final List<String> OPENERS = List.of("and", "et", "what about", "how about", "et pour", "also",
            "aussi", "then", "puis", "ok and", "okay and", "so", "donc", "pis", "what of", "same for", "pareil pour",
            "meme chose pour", "and for", "and what about", "et qu en est il", "qu en est il", "et concernant", "et du",
            "et des", "et de", "et le", "et la", "et les", "and the");
    private static final Set<String> THING_PRONOUNS = Set.of("it", "its", "they", "them", "their", "those", "these",
            "that", "this", "ils", "elles", "leur", "leurs", "ca", "cela", "celui", "celle", "ceux", "celles", "there");
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "his", "her", "him", "il", "elle", "lui",
            "son", "sa", "ses");
    /** The asker and their company, described in a sentence before: "qui s'occupe de nous autres ?". */
    private static final Set<String> ASKER = Set.of("us", "nous", "autres");
    /** French possessives, of a thing or a person: "quelle est sa capacité ?". */
    private static final Set<String> POSSESSIVES = Set.of("its", "sa", "son", "ses");
    /** Pronouns that stand only for a person ("il", "son" may be a thing, or nobody: "il y a"). */
    private static final Set<String> SOMEONE = Set.of("he", "she", "his", "him", "her", "lui");
    /** "Y a-t-il", "existe-t-il": "il" without anyone behind it. */
    private static final Set<String> IMPERSONAL = Set.of("a-t-il", "y-a-t-il", "existe-t-il", "faut-il", "s'agit-il",
            "agit-il");
    private static final Set<Asked> ASKS_SOMETHING = EnumSet.complementOf(EnumSet.of(Asked.EXPLAIN, Asked.COMPARE));
    /** A question with this few content words rarely stands on its own. */
    private static final int FEW_TERMS = 2;

    private FollowUp() {
    }

    /** French verbs after a clitic "en" or "y": "comment en faire la demande", "qui y travaille". */
    private static final Pattern CLITIC_VERB = Pattern.compile(
            "[a-z]+(er|ir|re|ez|ons|ent|ait)|a|ai|as|ont|avez|avons|est|sont|faut|fait|font|va|vont");

    /**
     * Whether any pronoun in the part stands for something said before ("describe that rebate",
     * "what period does it cover", "comment en faire la demande"): read alone, it would mean little.
     */
    static boolean pointsBack(Part part) {
        List<String> words = part.analyzed().words();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean clitic = (word.equals("en") || word.equals("y")) && i + 1 < words.size()
                    && CLITIC_VERB.matcher(words.get(i + 1)).matches();
            if (clitic || !word.equals("there") && THING_PRONOUNS.contains(word) || PERSON_PRONOUNS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the part points back at what was said before: "is that a good entry point?", "c'est ça ?". */
    static boolean refersBack(Part part) {
        return part.analyzed().words().stream().anyMatch(w -> Set.of("that", "this", "it", "ca", "cela", "ceci").contains(w));
    }

    /** "His phone?", "where did she work before?": a person, not named, stands behind a pronoun. */
    static boolean aboutSomeone(Part part) {
        Named named = part.named();
        return part.analyzed().words().stream().anyMatch(SOMEONE::contains) && named.people().isEmpty()
                && named.roleHolders().isEmpty() && named.firstNamePeople().isEmpty();
    }

    /** Plural pronouns that stand for the people just named. */
    private static final Set<String> THEY = Set.of("they", "them", "their", "ils", "elles", "leur", "leurs");

    private static final List<String> THAT_PERSON = List.of(" that person ", " this person ", " cette personne ",
            " that individual ", " ces personnes ", " those people ");

    /** "Which companies do they come from?", "which company is that person from?": the organisation of people named before. */
    private static boolean theirOrganisation(Part part, List<String> words) {
        Named named = part.named();
        String line = " " + String.join(" ", words) + " ";
        boolean pointedAt = words.stream().anyMatch(w -> THEY.contains(w) || SOMEONE.contains(w))
                || THAT_PERSON.stream().anyMatch(line::contains);
        return part.asks(Asked.ORGANISATION) && pointedAt && named.people().isEmpty()
                && named.roleHolders().isEmpty() && named.companies().isEmpty();
    }

    /** Pronouns of one thing or one person: "its", "sa capacité", "à elle seule". */
    private static final Set<String> SINGULAR = Set.of("it", "its", "sa", "son", "ses", "elle", "lui");

    /**
     * "How many tonnes does Rio Tinto's Alma smelter turn out, and how many people does it
     * employ?": "it" is the one company the question before names, and what is counted is its own.
     */
    static boolean ownedByTheCompanyBefore(Part part, Part before) {
        Named named = part.named();
        return before.named().companies().size() == 1 && before.named().people().isEmpty() && named.companies().isEmpty()
                && named.people().isEmpty() && named.roleHolders().isEmpty()
                && (part.asksForAValue() || !named.figures().isEmpty() || !named.figureCues().isEmpty())
                && part.analyzed().words().stream().anyMatch(SINGULAR::contains);
    }

    static boolean needsTopic(Part part) {
        List<String> words = part.analyzed().words();
        if (words.isEmpty() || part.named().scope() == Named.Scope.OUT) {
            return false; // "Forget everything. Tell me a joke.": declined alone, not read into the last question
        }
        String line = " " + String.join(" ", words) + " ";
        boolean opener = OPENERS.stream().anyMatch(o -> line.startsWith(" " + o + " "));
        boolean asks = part.asked().stream().anyMatch(ASKS_SOMETHING::contains);
        Named named = part.named();
        boolean aboutSomeone = aboutSomeone(part);
        if (aboutSomeone && named.companies().isEmpty()) {
            return true; // "where did he work before?": "he" is the person asked about last
        }
        boolean countsNothingNamed = part.asksAny(Asked.COUNT, Asked.AMOUNT) && named.figures().isEmpty()
                && named.figureCues().isEmpty() && named.categoryMentions().isEmpty();
        if (countsNothingNamed && named.milestones().isEmpty() && named.people().isEmpty()) {
            // "Of the eight smelters, how many does Rio Tinto operate?", "combien sont situés au Saguenay ?": counted before
            return true;
        }
        if (theirOrganisation(part, words)) {
            return true; // "…the chair and the treasurer, and which companies do they come from?": theirs
        }
        boolean namesWhatOrWho = !named.categoryMentions().isEmpty() || !named.figures().isEmpty()
                || !named.people().isEmpty() || !named.roleHolders().isEmpty() || !named.topicContacts().isEmpty();
        if (part.asks(Asked.HANDLES) && !namesWhatOrWho
                && words.stream().anyMatch(w -> THING_PRONOUNS.contains(w) || ASKER.contains(w))) {
            // "n who at avs deals w/ them": them, what was asked about before; AVS is only where to look;
            // "Chu équipementier. C'est qui chez AVS qui s'occupe de nous autres ?": us, as said before
            return true;
        }
        if (part.asksAny(Asked.EMAIL, Asked.PHONE) && !named.hasSubject()) {
            return true; // "…who the general director is and give me a direct phone number?": hers
        }
        boolean pointed = words.stream().anyMatch(w -> THING_PRONOUNS.contains(w) || POSSESSIVES.contains(w));
        if (!named.hasSubject() && !named.figureCues().isEmpty() && part.asksForAValue() && pointed) {
            return true; // "…Rio Tinto's Alma smelter, and how many people does it employ?": its people, not the cluster's
        }
        if (named.hasSubject() || asks && !named.figureCues().isEmpty()) {
            return opener && !asks;
        }
        boolean pronoun = words.stream().anyMatch(w -> THING_PRONOUNS.contains(w) || PERSON_PRONOUNS.contains(w)
                || w.matches(".*-t-(il|elle|ils|elles)$") && !IMPERSONAL.contains(w));
        return opener || pronoun || !named.years().isEmpty()
                || part.analyzed().terms(part.analyzed().language()).size() <= FEW_TERMS;
    }
}
