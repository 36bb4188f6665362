package qc.alubot.llm;

import qc.alubot.language.Names;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import qc.alubot.knowledge.Passage;
import qc.alubot.language.LanguageDetector;
import qc.alubot.language.Numbers;
import qc.alubot.language.Texts;

/**
 * What an answer may state: the figures and contacts of the passages given, and the names of
 * the passages or the question. Figures and contacts must come from the passages alone: a
 * figure or an address the investor typed is a claim to check, not a fact to repeat.
 */
final class Grounds {

    /**
     * Words that open sentences without being names, beyond the function words the language
     * detector knows: a capital on them says nothing. Folded (no accents, lower case). Add to
     * these lists when the log shows a refusal for an "invented name" that is an ordinary word.
     */
    private static final Set<String> ENGLISH_OPENERS = Set.of(
            "according", "additionally", "after", "all", "also", "although", "altogether", "among", "another",
            "approximately", "around", "as", "ask", "based", "before", "besides", "between", "both", "call",
            "collectively", "combined", "contact", "currently", "during", "e-mail", "each", "either", "email",
            "every", "finally", "first", "furthermore", "here", "however", "if", "indeed", "it", "its", "many",
            "moreover", "most", "nearly", "neither", "no", "none", "note", "only", "other", "overall", "please",
            "reach", "roughly", "see", "several", "since", "so", "some", "sorry", "such", "that", "then", "there",
            "therefore", "these", "they", "this", "those", "thus", "today", "together", "unfortunately", "visit",
            "when", "while", "write", "yes");
    private static final Set<String> FRENCH_OPENERS = Set.of(
            "actuellement", "ainsi", "appelez", "apres", "aujourd'hui", "aussi", "autre", "autres", "avant", "bref",
            "car", "ceci", "cela", "celle", "celles", "cependant", "certaines", "certains", "cet", "ceux", "chacun",
            "chacune", "chaque", "comme", "communiquez", "consultez", "contactez", "d'apres", "demandez", "depuis",
            "desole", "donc", "ecrivez", "egalement", "elles", "enfin", "ensemble", "entre", "environ", "grace",
            "ici", "ils", "joignez", "lors", "lorsque", "malheureusement", "non", "notamment", "nous", "on", "oui",
            "parmi", "plusieurs", "pres", "puis", "quant", "selon", "seul", "seule", "seules", "seuls", "si", "tous",
            "tout", "toutefois", "toutes", "visitez", "voici", "vous", "voyez");
    private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}'’])\\p{Ll}[\\p{L}'’-]*");

    private final Set<String> emails = new HashSet<>();
    private final Set<String> phones = new HashSet<>();
    private final Set<String> urls = new HashSet<>();
    private final Set<BigDecimal> figures = new HashSet<>();
    private final Set<String> lowerWords = new HashSet<>();
    private final String names;
    private final String passageWords;

    Grounds(List<Passage> passages, List<String> questions) {
        StringBuilder nameText = new StringBuilder();
        StringBuilder passageText = new StringBuilder();
        for (Passage passage : passages) {
            String text = passage.title() + "\n" + passage.body();
            Contacts contacts = Contacts.in(text);
            emails.addAll(contacts.emails());
            phones.addAll(contacts.phones());
            urls.addAll(contacts.urls());
            figures.addAll(Numbers.known(contacts.rest(), passage.language()));
            nameText.append(text).append('\n');
            passageText.append(text).append('\n');
            collectLowerWords(contacts.rest());
        }
        questions.forEach(question -> {
            nameText.append(question).append('\n');
            collectLowerWords(Contacts.in(question).rest());
        });
        this.names = Names.phrase(nameText.toString());
        this.passageWords = Names.phrase(passageText.toString());
    }

    /**
     * {@code base} and the words of {@code questions}: building grounds reads every passage, so a
     * caller checking many replies against the same passages builds them once and adds each question.
     */
    Grounds(Grounds base, List<String> questions) {
        emails.addAll(base.emails);
        phones.addAll(base.phones);
        urls.addAll(base.urls);
        figures.addAll(base.figures);
        lowerWords.addAll(base.lowerWords);
        StringBuilder nameText = new StringBuilder(base.names);
        questions.forEach(question -> {
            nameText.append(Names.phrase(question));
            collectLowerWords(Contacts.in(question).rest());
        });
        this.names = nameText.toString();
        this.passageWords = base.passageWords;
    }

    private void collectLowerWords(String text) {
        LOWER_WORD.matcher(text).results().map(m -> Texts.fold(m.group())).forEach(lowerWords::add);
    }

    /** A word that opens a sentence without being a name: a function word, an opener, or written in lower case here. */
    boolean ordinary(String foldedWord) {
        return LanguageDetector.isFunctionWord(foldedWord) || ENGLISH_OPENERS.contains(foldedWord)
                || FRENCH_OPENERS.contains(foldedWord) || lowerWords.contains(foldedWord);
    }

    /** Also counts the reply's own lower-case words: a word it writes in lower case is no name. */
    void alsoOrdinary(String replyWithoutContacts) {
        collectLowerWords(replyWithoutContacts);
    }

    boolean hasEmail(String email) {
        return emails.contains(email);
    }

    boolean hasPhone(String phone) {
        return phones.contains(phone);
    }

    boolean hasUrl(String url) {
        return Contacts.urlGrounded(url, urls);
    }

    boolean has(Numbers.Figure figure) {
        return figure.groundedIn(figures);
    }

    /** Whether the passages contain this text word for word (case, accents and punctuation aside). */
    boolean quotes(String text) {
        String phrase = Names.phrase(text);
        return !phrase.isBlank() && passageWords.contains(phrase);
    }

    boolean hasName(String name) {
        String phrase = Names.phrase(name);
        return phrase.isBlank() || names.contains(phrase);
    }

    @Override
    public String toString() {
        return "Grounds[" + emails.size() + " e-mails, " + phones.size() + " phones, " + urls.size() + " addresses, "
                + figures.stream().map(BigDecimal::toPlainString).sorted().collect(Collectors.joining(" ")) + "]";
    }
}
