package qc.alubot.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import qc.alubot.language.Texts;

/**
 * Cuts a message into sentences, and a sentence into the questions it joins ("How many smelters
 * are there, and who runs them?"), telling questions from context ("We are a German extruder.").
 * Plain scans: the cost is linear in the text.
 */
final class Clauses {

    /**
     * A sentence or a coordinated question, and whether it asks something.
     *
     * @param piece part of a sentence cut at "and", "so" or a comma, rather than a whole sentence
     */
    record Clause(String text, boolean question, boolean piece) {
    }

    /** Beyond this many sentences, only the last ones are read: a question ends a long message. */
    static final int MAX_CLAUSES = 12;

    /** Words that open a question, in either language (folded). */
    static final Set<String> OPENERS = Set.of("how", "what", "whats", "which", "who", "whos", "whom", "whose", "where",
            "when", "why", "is", "are", "was", "were", "do", "does", "did", "can", "could", "would", "will", "should",
            "has", "have", "tell", "give", "list", "show", "name", "explain", "describe", "provide", "share", "send",
            "please", "pls", "plz", "any", "wat", "wut", "hw", "wen", "combien", "quel", "quelle", "quels", "quelles",
            "qui", "quoi", "que", "quand", "pourquoi", "comment", "est", "existe", "y", "ya", "dites", "donnez", "donne",
            "liste", "nommez", "expliquez", "decrivez", "pouvez", "pourriez", "peux", "peut", "parlez", "parle",
            "c", "cest", "kosse", "koi", "ki", "kan", "cb", "cbien", "nb", "est-ce", "svp", "also", "aussi", "and", "et", "so", "donc", "then", "ok", "okay");
    /** Phrases that make a sentence a question wherever they stand. */
    private static final List<String> QUESTION_PHRASES = List.of(" how many ", " how much ", " what is ", " what are ",
            " who is ", " who are ", " when was ", " when did ", " when is ", " combien ", " quel ", " quelle ",
            " quels ", " quelles ", " qui est ", " qui sont ", " est ce ", " y a t il ", " ya t il ", " y a tu ",
            " c est quoi ", " c est qui ", " i would like to know ", " i want to know ", " i d like to know ",
            " i wonder ", " wondering ", " j aimerais savoir ", " je voudrais savoir ", " je veux savoir ",
            " tell me ", " give me ", " dites moi ", " donnez moi ", " can you ", " could you ", " pouvez vous ",
            " pourriez vous ", " is there ", " are there ", " do you ", " does ", " which ", " list ");
    /**
     * How a request in the first person starts: "We'd like the number of recyclers." asks; "We are
     * a German extruder." only says who is asking.
     */
    private static final List<String> REQUESTS = List.of("i d like ", "id like ", "i would like ", "we d like ",
            "we would like ", "i want ", "we want ", "i need ", "we need ", "i m looking for ", "im looking for ",
            "i am looking for ", "we re looking for ", "were looking for ", "we are looking for ", "i m interested in ",
            "i am interested in ", "we re interested in ", "we are interested in ", "i wonder ", "we wonder ",
            "i m curious ", "i am curious ", "i m after ", "im after ", "i am after ", "we re after ", "we are after ", "je voudrais ", "j aimerais ", "je veux ", "je cherche ", "j ai besoin ",
            "nous voudrions ", "nous aimerions ", "nous cherchons ", "nous avons besoin ", "on voudrait ",
            "on aimerait ", "on cherche ", "on veut ", "je suis curieux ", "je m interesse ", "nous nous interessons ");
    /** How a statement starts: "c'est pour…", "c'est parce que…" say why, and ask nothing without a question mark. */
    private static final List<String> STATEMENTS = List.of(" c est pour ", " c est parce ", " c est que ", " c est juste ",
            " c est dans ", " c est en vue ", " cest pour ", " c etait pour ");
    /** A French question by inversion: "Le pôle bénéficie-t-il…", "AVS a-t-elle…", "peut-on…". */
    private static final Pattern INVERSION = Pattern.compile(
            "(?iu)\\b\\p{L}{2,}-(?:t-)?(?:il|elle|ils|elles|on|vous)\\b");
    /** Words that, after "and" or a comma, start a second question: "…, and who runs them?". */
    private static final Set<String> SECOND_QUESTION = Set.of("how", "what", "whats", "who", "whos", "when", "which",
            "where", "why", "is", "are", "does", "do", "can", "combien", "quel", "quelle", "quels", "quelles", "qui",
            "quand", "pourquoi", "comment", "est-ce", "ou", "what's", "who's", "c'etait", "cetait", "tell", "give", "list",
            "show", "explain", "describe", "name", "dis", "dites", "donne", "donnez", "explique", "expliquez", "nomme",
            "nommez", "dis-moi", "dites-moi", "donne-moi", "donnez-moi", "explique-moi", "expliquez-moi", "indiquez",
            "indiquez-moi", "precisez", "precisez-moi", "confirm", "confirmez", "confirme", "confirmez-moi");

    private Clauses() {
    }

    static List<Clause> of(String text) {
        List<String> sentences = sentences(text);
        if (sentences.size() > MAX_CLAUSES) {
            sentences = sentences.subList(sentences.size() - MAX_CLAUSES, sentences.size());
        }
        List<Clause> clauses = new ArrayList<>();
        for (String sentence : sentences) {
            boolean question = isQuestion(sentence);
            List<String> pieces = question ? coordinated(sentence) : List.of(sentence);
            for (String piece : pieces) {
                clauses.add(new Clause(piece, question && (pieces.size() == 1 || isQuestion(piece)), pieces.size() > 1));
            }
        }
        if (clauses.stream().noneMatch(Clause::question) && !clauses.isEmpty()) {
            Clause last = clauses.remove(clauses.size() - 1);
            clauses.add(new Clause(last.text(), true, last.piece()));
        }
        return clauses;
    }

    /**
     * Sentences end at . ! ? ; or a line break, but not inside "2.9", "Ms." or an e-mail address;
     * a list of subjects set apart by " / " or " | " ("smelters / processors / recyclers?") is one
     * question per subject.
     */
    static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        boolean listed = text.split(" [/|] ", -1).length > 2;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == '?' || c == '!' || c == ';' || c == '\n' || c == '.' && endsSentence(text, i)
                    || c == ':' && questionAfter(text, start, i)
                    || listed && (c == '/' || c == '|') && i > 0 && text.charAt(i - 1) == ' '
                    && i + 1 < text.length() && text.charAt(i + 1) == ' ';
            if (end) {
                add(sentences, text.substring(start, i + 1));
                start = i + 1;
            }
        }
        add(sentences, text.substring(start));
        return sentences;
    }

    /**
     * "Before I sign a lease, I'd like a rough idea of the market: how many processors are there?"
     * asks after the colon; what the asker says of themselves before it is context. "Split the
     * smelters by operator: how many does each run?" is one question.
     */
    private static boolean questionAfter(String text, int sentenceStart, int colon) {
        List<String> after = Texts.words(text.substring(colon + 1, Math.min(text.length(), colon + 40)));
        List<String> before = Texts.words(text.substring(sentenceStart, colon));
        return !after.isEmpty() && QUESTION_WORDS.contains(after.get(0)) && before.stream().anyMatch(FIRST_PERSON::contains)
                && endsAsked(text, colon);
    }

    /** Whether the sentence after the colon ends with a question mark: "…context: how long a region has been at it says…." does not. */
    private static boolean endsAsked(String text, int colon) {
        for (int i = colon + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '?') {
                return true;
            }
            if (c == '!' || c == ';' || c == '\n' || c == '.' && endsSentence(text, i)) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> QUESTION_WORDS = Set.of("how", "what", "whats", "which", "who", "whos", "where", "when",
            "why", "combien", "quel", "quelle", "quels", "quelles", "qui", "quand", "pourquoi", "comment", "ou");

    private static boolean endsSentence(String text, int i) {
        boolean spaceAfter = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1));
        if (!spaceAfter) {
            return false;
        }
        int wordStart = i;
        while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, i + 1).toLowerCase();
        return !Set.of("ms.", "mr.", "mrs.", "dr.", "st.", "e.g.", "i.e.", "etc.", "vs.", "no.", "m.", "mme.", "inc.",
                "ltd.", "co.", "ext.").contains(word);
    }

    private static void add(List<String> sentences, String sentence) {
        if (!Texts.words(sentence).isEmpty()) {
            sentences.add(sentence.strip().replaceAll("\\s*[/|]$", ""));
        }
    }

    /** Words that acknowledge or greet: a sentence of nothing else ("OK.", "Merci !") asks nothing. */
    static final Set<String> COURTESY = Set.of("ok", "okay", "k", "thanks", "thank", "you", "merci", "great", "super",
            "parfait", "perfect", "cool", "bien", "tres", "very", "much", "beaucoup", "noted", "understood", "compris",
            "d'accord", "daccord", "alright", "right", "good", "nice", "excellent", "hi", "hello", "bonjour", "salut",
            "allo", "hey", "mrc", "thx", "ty", "again", "encore");

    /** Orders that ask for something, as a question would: "Raconte-moi une blague.", "Write me a cover letter." */
    private static final Set<String> ORDERS = Set.of("write", "find", "recommend", "suggest", "draft", "compose",
            "translate", "summarize", "summarise", "proofread", "book", "reserve", "ecris", "ecrivez", "trouve", "trouvez",
            "recommande", "recommandez", "suggere", "suggerez", "redige", "redigez", "traduis", "traduisez", "corrige",
            "corrigez", "reservez", "raconte", "racontez");
    /** A French order with its object pronoun: "Raconte-moi…", "Trouvez-nous…". */
    private static final Pattern ORDER_TO_ME = Pattern.compile("(?iu)^\\s*\\p{L}{3,}-(?:moi|nous)\\b");

    /** Words that open a clause subordinate to the asker's own sentence: "When I…", "Quand on…". */
    private static final Set<String> SUBORDINATE = Set.of("when", "whenever", "if", "as", "quand", "lorsque", "lorsqu",
            "si", "comme");
    private static final Set<String> FIRST_PERSON = Set.of("i", "we", "je", "j", "nous", "on");

    /** "When I qualify a region…", "Si on s'installe…": a clause of the asker's own, said before a question. */
    static boolean opensWithTheAskersOwnClause(List<String> words) {
        return words.size() > 1 && SUBORDINATE.contains(words.get(0)) && FIRST_PERSON.contains(words.get(1));
    }

    static boolean isQuestion(String sentence) {
        List<String> words = Texts.words(sentence);
        if (!words.isEmpty() && COURTESY.containsAll(words)) {
            return false;
        }
        if (sentence.endsWith("?")) {
            return true;
        }
        String line = " " + String.join(" ", Texts.words(sentence.replace('\'', ' ').replace('’', ' ').replace('-', ' '))) + " ";
        if (STATEMENTS.stream().anyMatch(line::startsWith) && QUESTION_PHRASES.stream().noneMatch(line::contains)) {
            return false; // "C'est pour les états financiers de notre filiale.": why they ask, not a question
        }
        if (opensWithTheAskersOwnClause(words) && QUESTION_PHRASES.stream().noneMatch(line::contains)) {
            return false; // "When I qualify a supplier region, I like to understand why…": how the asker works
        }
        if (!words.isEmpty() && (OPENERS.contains(words.get(0)) || ORDERS.contains(words.get(0)))
                || INVERSION.matcher(sentence).find() || ORDER_TO_ME.matcher(sentence).find()) {
            return true;
        }
        return QUESTION_PHRASES.stream().anyMatch(line::contains)
                || REQUESTS.stream().anyMatch(r -> line.startsWith(" " + r) && !intent(line.substring(r.length() + 1)));
    }

    /** Whether a sentence opens as a request in the first person: "We need the number of recyclers.", "je cherche…". */
    static boolean opensAsARequest(List<String> words) {
        String line = " " + String.join(" ", words) + " ";
        return REQUESTS.stream().anyMatch(r -> line.startsWith(" " + r));
    }

    /** "We'd like to exhibit at the trade show.": what the asker plans to do, context for the question after it. */
    static boolean statesIntent(String sentence) {
        String line = " " + String.join(" ", Texts.words(sentence.replace('\'', ' ').replace('’', ' ').replace('-', ' '))) + " ";
        return REQUESTS.stream().anyMatch(r -> line.startsWith(" " + r) && intent(line.substring(r.length() + 1)));
    }

    /** Verbs after "we'd like to", "j'aimerais" that ask for information, not say what the asker plans to do. */
    private static final Set<String> TO_LEARN = Set.of("know", "get", "have", "see", "understand", "learn", "find",
            "receive", "hear", "confirm", "check", "ask", "obtain", "connect", "contact", "talk", "speak", "meet", "reach",
            "read", "compare", "verify", "discuss", "savoir", "connaitre", "obtenir", "avoir", "comprendre", "recevoir",
            "voir", "trouver", "joindre", "contacter", "parler", "rencontrer", "verifier", "confirmer", "lire",
            "comparer", "discuter", "en", "plus", "des", "les", "le", "la", "un", "une", "the", "a", "an", "some", "more");

    /**
     * "We'd like to time a scouting trip around…", "nous aimerions exposer au salon": what the asker
     * plans to do, said before the question, not a request for anything.
     */
    private static boolean intent(String rest) {
        List<String> words = List.of(rest.strip().split(" "));
        if (words.isEmpty() || words.get(0).isEmpty()) {
            return false;
        }
        String verb = words.get(0).equals("to") && words.size() > 1 ? words.get(1) : words.get(0);
        boolean infinitive = words.get(0).equals("to") || verb.matches(".+(?:er|ir|re)");
        return infinitive && !TO_LEARN.contains(verb);
    }

    /**
     * "How many smelters are there and who runs them?" gives two questions: a sentence is cut
     * before "and", "et" or "also" when a question word follows, and before a question word that
     * follows a comma ("Combien de transformateurs, and who runs the smelters?").
     */
    static List<String> coordinated(String sentence) {
        List<String> pieces = new ArrayList<>();
        List<int[]> words = wordSpans(sentence);
        int start = 0;
        for (int w = 1; w + 1 < words.size(); w++) {
            String word = word(sentence, words.get(w));
            String next = word(sentence, words.get(w + 1));
            int cutAt = -1;
            int resumeAt = -1;
            String after = w + 2 < words.size() ? word(sentence, words.get(w + 2)) : "";
            if (JOINERS.contains(word) && (SECOND_QUESTION.contains(next) || PREPOSITIONS.contains(next)
                    && SECOND_QUESTION.contains(after) || asksByItself(sentence.substring(words.get(w + 1)[0])))) {
                cutAt = words.get(w)[0];
                resumeAt = words.get(w + 1)[0];
            } else if (afterComma(sentence, words.get(w)[0]) && SECOND_QUESTION.contains(word)
                    && !RELATIVE.contains(word) && !invertedVerbOf(sentence.substring(start, words.get(w)[0]), word)
                    && !frontedTopic(sentence.substring(start, words.get(w)[0]))) {
                cutAt = words.get(w)[0];
                resumeAt = cutAt;
            }
            if (cutAt > start && Texts.words(sentence.substring(start, cutAt)).size() >= 2) {
                pieces.add(trimJoiner(sentence.substring(start, cutAt)));
                start = resumeAt;
            }
        }
        pieces.add(trimJoiner(sentence.substring(start)));
        return pieces;
    }

    private static final Set<String> JOINERS = Set.of("and", "et", "also", "aussi", "puis", "pis", "then", "plus", "so",
            "donc", "alors");
    /**
     * "…and in what year…", "…et en quelle année…": a preposition before the question word; "pis
     * là-dessus, combien…": a word pointing back at what was just asked.
     */
    private static final Set<String> PREPOSITIONS = Set.of("in", "at", "for", "from", "to", "by", "with", "over", "during",
            "within", "en", "a", "de", "pour", "par", "avec", "dans", "depuis", "sur", "pendant", "durant", "la-dessus",
            "ladessus", "among", "parmi");
    /** After a comma these start a relative clause or an alternative, not a second question. */
    private static final Set<String> RELATIVE = Set.of("which", "qui", "ou", "que");

    /** Verbs that, inverted after a question word, carry the question: "What volume…, do the recyclers remelt?". */
    private static final Set<String> AUXILIARIES = Set.of("do", "does", "did", "is", "are", "was", "were", "can", "has",
            "have");

    /**
     * "What volume of scrap, in tonnes per year, do Québec's recyclers remelt?": an auxiliary after a
     * comma is the verb of a question word still waiting for one, not a second question.
     */
    private static boolean invertedVerbOf(String before, String word) {
        List<String> words = Texts.words(before);
        return AUXILIARIES.contains(word) && !words.isEmpty() && Set.of("what", "which", "how").contains(words.get(0))
                && words.stream().skip(1).noneMatch(w -> AUXILIARIES.contains(w) || w.equals("s")); // "what's" has its verb
    }

    /** What a French clause asking by itself starts with: "ce réseau a-t-il…", "c'est quoi…", "est-ce que…". */
    private static final Pattern ASKS_BY_ITSELF = Pattern.compile(
            "(?iu)^(?:(?:ce|cet|cette|ces|il|elle|ils|elles|son|sa|ses|leur|leurs|le|la|les)\\s+(?:\\S+\\s+){0,2}\\p{L}+-(?:t-)?(?:il|elle|ils|elles|on)\\b"
                    + "|c['’ ]?est[- ](?:quoi|qui)\\b|est[- ]ce qu)");

    /**
     * "…, et ce réseau a-t-il un siège au conseil ?", "…, et c'est quoi leur output ?": after "et",
     * a clause that asks by itself (a subject and an inverted verb, or "c'est quoi") is a second question.
     */
    private static boolean asksByItself(String rest) {
        return ASKS_BY_ITSELF.matcher(rest).find();
    }

    /**
     * How a subject or a setting put before its question starts: "la stratégie…, est-ce qu'ils
     * l'ont…", "the board, who chairs it?", "in percentage terms, how…", "côté main-d'œuvre, combien…".
     */
    private static final Set<String> FRONTING = Set.of("le", "la", "les", "l", "the", "ce", "cette", "ces",
            "in", "on", "for", "as", "regarding", "concerning", "re", "en", "pour", "cote", "niveau", "quant", "concernant",
            "au", "aux", "dans", "sur", "relative", "relatively", "compared", "versus", "vs", "against", "par",
            "relativement", "comparativement", "face");

    /**
     * "La stratégie du gouvernement su'l'alu, est-ce qu'y l'ont sortie en anglais ?", "In percentage
     * terms, how dominant…": a short subject or setting that asks nothing, set before the question
     * that speaks of it, belongs to that question.
     */
    private static boolean frontedTopic(String before) {
        List<String> words = Texts.words(before.replace('\'', ' ').replace('’', ' '));
        return !words.isEmpty() && words.size() <= 10 && FRONTING.contains(words.get(0)) && !isQuestion(before.strip());
    }

    private static boolean afterComma(String text, int wordStart) {
        int i = wordStart - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && (text.charAt(i) == ',' || text.charAt(i) == ';');
    }

    private static String trimJoiner(String piece) {
        String stripped = piece.strip().replaceAll("[,;]+$", "").strip();
        return stripped.isEmpty() ? piece.strip() : stripped;
    }

    private static List<int[]> wordSpans(String text) {
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-'
                    || text.charAt(i) == '\'' || text.charAt(i) == '’')) {
                i++;
            }
            if (i > start) {
                spans.add(new int[] {start, i});
            }
        }
        return spans;
    }

    private static String word(String text, int[] span) {
        return Texts.fold(text.substring(span[0], span[1]));
    }
}
