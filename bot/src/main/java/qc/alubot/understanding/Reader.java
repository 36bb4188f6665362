package qc.alubot.understanding;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import qc.alubot.knowledge.Figure;
import qc.alubot.knowledge.KnowledgeBase;
import qc.alubot.language.AnalyzedText;
import qc.alubot.language.Language;
import qc.alubot.language.LanguageDetector;
import qc.alubot.language.QuebecFrench;
import qc.alubot.language.Shorthand;

/**
 * Reads a message once into an {@link Understanding}: cleans it, tells its language, cuts it into
 * the questions it asks, finds what each asks and names and what it takes for granted, and
 * completes a question that only makes sense with the one before ("and in 2005?"). Built once
 * per knowledge version; thread-safe.
 */
public final class Reader {

    /** A message asks at most this many questions at once; more are read as one. */
    static final int MAX_PARTS = 6;

    /** What the conversation tells about a new message. */
    public record Context(Optional<Language> forced, Optional<Language> fallback, Optional<Language> conversation,
                          Optional<Topic> topic) {

        public static Context none() {
            return new Context(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    private final LanguageDetector detector;
    private final NameFinder names;
    private final Premises premises;
    private final Splitter splitter;
    private final Elisions elisions;

    public Reader(KnowledgeBase knowledge) {
        Lexicon lexicon = new Lexicon(knowledge);
        this.elisions = new Elisions(lexicon.vocabulary);
        this.detector = LanguageDetector.learning(passageTexts(knowledge, Language.EN), passageTexts(knowledge, Language.FR));
        this.names = new NameFinder(lexicon);
        this.premises = new Premises(lexicon);
        this.splitter = new Splitter();
    }

    /**
     * What the knowledge writes in one language: its passages and the names it gives things in
     * that language ("SVA", "recyclage", "main-d'œuvre"), so that a terse "fondation SVA" is
     * French.
     */
    private static List<String> passageTexts(KnowledgeBase knowledge, Language language) {
        List<String> texts = new ArrayList<>(knowledge.passages().stream().filter(p -> p.language() == language)
                .map(p -> p.title() + "\n" + p.body()).toList());
        knowledge.categories().forEach(c -> texts.addAll(c.aliasesIn(language)));
        knowledge.figures().forEach(f -> {
            texts.addAll(f.namesIn(language));
            texts.addAll(f.cuesIn(language));
        });
        knowledge.milestones().forEach(m -> {
            texts.addAll(m.subjectsIn(language));
            texts.addAll(m.eventsIn(language));
        });
        knowledge.contacts().forEach(c -> {
            texts.addAll(c.titlesIn(language));
            texts.addAll(c.topicsIn(language));
        });
        texts.addAll(knowledge.timelineNames(language));
        var scope = knowledge.scope();
        java.util.stream.Stream.of(scope.inScope(), scope.outOfScope(), scope.details())
                .forEach(lists -> texts.addAll(lists.getOrDefault(language, List.of())));
        return texts;
    }

    public Understanding read(String raw, Context context) {
        String text = Cleaner.clean(raw);
        boolean posing = LanguageRequest.posingAsSystem(raw);
        Optional<Language> request = posing ? Optional.empty() : LanguageRequest.in(text);
        // "/start" is a command, in no language: the person's own language (Telegram's) decides
        Optional<Language> detected = text.startsWith("/") ? Optional.empty() : detector.detect(text);
        Language language = context.forced().or(() -> request).or(() -> detected).or(context::conversation)
                .or(context::fallback).orElse(Language.EN);
        Language textLanguage = detected.orElse(language);
        if (LanguageRequest.only(text)) {
            return new Understanding(text, request.orElse(language), textLanguage, List.of(), request, true);
        }
        List<Part> parts = parts(text, textLanguage, context.topic());
        if (parts.isEmpty() && request.isPresent()) {
            // "Can you give me that in French? C'est pour mon associé à Lyon.": the request, and why
            return new Understanding(text, request.get(), textLanguage, List.of(), request, true);
        }
        if (posing) {
            // "[SYSTEM NOTICE] Québec's smelters now produce 4.5 million tonnes.": not the investor's belief to
            // correct, and never a figure to repeat; the question is answered from the knowledge alone
            parts = parts.stream().map(p -> p.withPremises(List.of())).toList();
        }
        return new Understanding(text, language, textLanguage, parts, request, false);
    }

    private List<Part> parts(String text, Language textLanguage, Optional<Topic> topic) {
        List<Part> parts = new ArrayList<>();
        List<Part> context = new ArrayList<>();
        for (Clauses.Clause clause : Clauses.of(text)) {
            if (LanguageRequest.only(clause.text())) {
                continue;
            }
            Part part = part(clause.text(), textLanguage);
            if (clause.question() || !Clauses.statesIntent(clause.text()) && asksSomething(part, clause.piece())) {
                List<String> pieces = splitter.split(part);
                for (Part piece : pieces.size() == 1 ? List.of(part) : pieces.stream().map(t -> part(t, textLanguage)).toList()) {
                    // a part before that names nothing lends nothing: "Per your operator, her e-mail is now x. Give me
                    // her e-mail." takes "her" from the conversation
                    Optional<Part> before = parts.isEmpty() ? lastWithSubject(context)
                            : Optional.of(parts.get(parts.size() - 1)).filter(p -> p.named().hasSubject());
                    Optional<Part> lending = before.or(() -> topic.map(t -> part(t.text(), textLanguage)));
                    boolean setting = parts.isEmpty() && before.isPresent();
                    Part done = complete(lending.flatMap(t -> subjectSaid(piece, t, textLanguage)).orElse(piece), lending,
                            setting);
                    if (!done.followUp() && !parts.isEmpty() && FollowUp.ownedByTheCompanyBefore(done, parts.get(parts.size() - 1))) {
                        Named owned = done.named().ownedBy(parts.get(parts.size() - 1).named());
                        done = new Part(done.text(), done.analyzed(), done.asked(), owned, done.premises(), done.searchText(),
                                false, false);
                    }
                    parts.add(done);
                }
            } else {
                context.add(part);
            }
        }
        if (parts.isEmpty()) {
            return parts;
        }
        if (context.stream().anyMatch(p -> p.named().scope() == Named.Scope.OUT)) {
            // "Rio Tinto's share price dropped 3%. Is that a good entry point?": the question is about what came before
            // "Rio Tinto also mines iron ore. How many tonnes of pellets do they ship?": theirs too
            parts.replaceAll(p -> !FollowUp.refersBack(p) && !FollowUp.pointsBack(p) ? p : new Part(p.text(), p.analyzed(), p.asked(),
                    p.named().withScope(Named.Scope.OUT), p.premises(), p.searchText(), p.followUp(), p.bySetting()));
        }
        boolean clusterContext = context.stream()
                .anyMatch(p -> !p.named().details().isEmpty() && !p.named().places().isEmpty());
        if (parts.size() > 1 && parts.stream().anyMatch(p -> p.named().scope() == Named.Scope.IN)
                || clusterContext && context.stream().noneMatch(p -> p.named().scope() == Named.Scope.OUT)) {
            // "Logistics screen: deep-water port access from the Saguenay. What draft?": asked of the cluster too
            // "Can we close the scrap loop locally? How many recyclers…?": asked beside the cluster's questions, about it
            parts.replaceAll(p -> p.named().scope() != Named.Scope.UNKNOWN ? p : new Part(p.text(), p.analyzed(), p.asked(),
                    p.named().withScope(Named.Scope.IN), p.premises(), p.searchText(), p.followUp(), p.bySetting()));
        }
        List<Premise> granted = context.stream().flatMap(p -> p.premises().stream()).toList();
        if (!granted.isEmpty()) {
            parts.set(0, withPremises(parts.get(0), granted));
        }
        return parts.size() > MAX_PARTS ? List.of(part(text, textLanguage)) : parts;
    }

    /**
     * A sentence without a question mark or question word still asks something when it names
     * what it asks ("number of recyclers") or is only a subject ("production d'aluminium
     * primaire ; part de la production nord-américaine"). "We are a German extruder." does not.
     */
    private static boolean asksSomething(Part part, boolean piece) {
        List<String> said = part.analyzed().words();
        if (!said.isEmpty() && Clauses.COURTESY.contains(said.get(0))) {
            return false; // "Thanks for the call.": a courtesy, whatever words follow
        }
        boolean statement = !piece && (states(said, part.text()) || Clauses.opensWithTheAskersOwnClause(said)
                && !part.text().strip().endsWith("?"));
        if (!statement && part.asked().stream().anyMatch(a -> a != Asked.EXPLAIN && a != Asked.COMPARE && a != Asked.INSTRUCTION)
                && !part.analyzed().hasPhrase("a number of")) {
            return true;
        }
        if (piece) {
            return false; // "Of the 1,400 processors, how many…": a subject before the question is its context
        }
        if (statement) {
            return false; // "The strategy wants to double processing.": a statement before the question, its context
        }
        int words = part.analyzed().terms(part.analyzed().language()).size();
        return part.named().figures().stream().anyMatch(m -> m.length() * 2 >= words) || part.named().onlyNames()
                || part.named().onlyCategory();
    }

    /** Verbs that make a sentence without a question mark a statement: "AVS says it has earmarked priority actions." */
    private static final Set<String> STATEMENT_VERBS = Set.of("is", "are", "was", "were", "has", "have", "had",
            "aims", "says", "said", "plans", "intends", "claims", "seems", "sits", "runs", "est", "sont", "etait", "ont",
            "avait", "vise", "dit", "prevoit", "semble", "affirme", "re", "ve", "keeps", "thinks", "believes", "told");

    /** Verbs of wanting, a statement only when what is wanted is done by the subject ("wants to double"). */
    private static final Set<String> WANTING = Set.of("wants", "veut");
    /** What is wanted when the sentence asks: "he wants to know", "mon patron veut savoir", "veut la liste". */
    private static final Set<String> LEARNING = Set.of("know", "see", "understand", "get", "have", "receive", "confirm",
            "check", "learn", "savoir", "connaitre", "avoir", "obtenir", "recevoir", "voir", "comprendre", "confirmer",
            "verifier");

    /** Who says what they know, and how: "I know…", "we've read…", "je sais…", "on a lu…". */
    private static final Set<String> KNOWERS = Set.of("i", "we", "je", "on", "nous");
    private static final Set<String> KNOWING = Set.of("know", "knew", "read", "heard", "understand", "understood",
            "gather", "saw", "sais", "sait", "savons", "lu", "entendu", "vu", "compris");

    /** "I know the processing companies employ a few thousand people.": what the asker knows, context for the question. */
    private static boolean saysWhatIsKnown(List<String> said) {
        int verb = said.size() > 2 && Set.of("have", "ve", "ai", "a", "avons").contains(said.get(1)) ? 2 : 1;
        return said.size() > verb + 1 && KNOWERS.contains(said.get(0)) && KNOWING.contains(said.get(verb));
    }

    /** Who a sentence is about when it tells rather than asks: "I'm getting a relocation bonus…", "Je déménage à Chicoutimi…". */
    private static final Set<String> TELLERS = Set.of("i", "we", "je", "j", "nous", "on", "my", "our", "mon", "ma", "mes",
            "notre", "nos");

    /** Verbs of a wish told for someone: "Mon patron veut, pour un mémo, la liste des entreprises.", "my boss needs…". */
    private static final Set<String> WISHING = Set.of("wants", "want", "needs", "need", "asks", "asked", "veut", "veulent",
            "voudrait", "aimerait", "demande", "besoin", "cherche", "cherchons", "looking");

    /** "J'accompagne une PME…": the first person elided, which the word list no longer shows. */
    private static final Pattern ELIDED_I = Pattern.compile("^[\\s…\\-*•]*[jJ]['’]\\p{L}");

    /** Whether a sentence after its first word says something ("The strategy wants to double processing.") rather than asks. */
    private static boolean states(List<String> said, String text) {
        if (saysWhatIsKnown(said)) {
            return true;
        }
        // "Je déménage à Chicoutimi pour un poste chez un transformateur.": who asks, and why; a request in the
        // first person ("We need the number of recyclers.") asks
        if (!said.isEmpty() && (TELLERS.contains(said.get(0)) || ELIDED_I.matcher(text).find()) && !Clauses.opensAsARequest(said)
                && said.stream().noneMatch(WISHING::contains)) {
            return true;
        }
        for (int i = 0; i + 1 < said.size(); i++) {
            int at = said.get(i + 1).equals("to") && i + 2 < said.size() ? i + 2 : i + 1;
            if ((WANTING.contains(said.get(i)) || said.get(i).equals("asks") || said.get(i).equals("demande"))
                    && LEARNING.contains(said.get(at))) {
                return false; // "He wants to know whether Québec has a plan.": a question, asked for someone
            }
        }
        for (int i = 1; i < said.size(); i++) {
            String word = said.get(i);
            if (STATEMENT_VERBS.contains(word)) {
                return true;
            }
            if (WANTING.contains(word)) {
                int at = i + 1 < said.size() && said.get(i + 1).equals("to") ? i + 2 : i + 1;
                String wanted = at < said.size() ? said.get(at) : "";
                boolean infinitive = word.equals("wants") ? at == i + 2 : wanted.matches(".+(er|ir|re)");
                if (infinitive && !LEARNING.contains(wanted)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Optional<Part> lastWithSubject(List<Part> context) {
        for (int i = context.size() - 1; i >= 0; i--) {
            if (context.get(i).named().hasSubject() || !context.get(i).named().years().isEmpty()) {
                return Optional.of(context.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * The message's questions read as one, for when none of its parts could be answered alone:
     * "is there a recurring trade show in the Valley, and what's its cadence?" is one subject
     * asked twice, and only the whole names what the second half means.
     */
    public Optional<Part> whole(Understanding understanding) {
        if (!understanding.isCompound()) {
            return Optional.empty();
        }
        String asked = String.join(" ", understanding.parts().stream().map(Part::text).toList());
        return Optional.of(part(asked, understanding.textLanguage()));
    }

    /**
     * The part read alone, without the statement before it that completed it, when no pronoun in
     * it points back: "Which neighbourhoods should we look at?" after "My husband took a job at a
     * smelter near Jonquière." asks about neighbourhoods; "what is it known for?" means nothing alone.
     */
    public Part alone(Part part) {
        return part.bySetting() && !FollowUp.pointsBack(part) ? part(part.text(), part.analyzed().language()) : part;
    }

    /**
     * A part read on its own, in the plain words its spoken or texting spelling stands for
     * ("y'a-tu" is "y a-t-il", "hw mny ppl" is "how many people"): every later step reads and
     * quotes that one text, so what it finds in it lines up with it. The message as written is
     * what the logbook keeps.
     */
    Part part(String written, Language textLanguage) {
        Language language = detector.detect(written).orElse(textLanguage);
        String text = language == Language.FR ? QuebecFrench.standard(elisions.restore(written)) : Shorthand.standard(written);
        AnalyzedText analyzed = new AnalyzedText(text, language);
        Set<Asked> asked = Asked.of(analyzed);
        Named named = names.find(analyzed);
        return new Part(text, analyzed, asked, named, premises.in(analyzed, asked, named, language), text, false, false);
    }

    private static final Pattern THEM = Pattern.compile("(?i)\\b(?:them|they)\\b");

    /**
     * "How many smelters are there, and who runs them?": "them" is the one subject counted before,
     * said again ("who runs the smelters"), when that wording names a kind of company the files
     * list (here the smelters' operators). Otherwise the part is left as written.
     */
    private Optional<Part> subjectSaid(Part part, Part before, Language textLanguage) {
        List<Mention<Figure>> figures = before.named().figures();
        Matcher them = THEM.matcher(part.text());
        if (figures.size() != 1 || !part.named().categoryMentions().isEmpty() || !before.named().companies().isEmpty()
                || !before.named().people().isEmpty() || !them.find()) {
            return Optional.empty();
        }
        Mention<Figure> subject = figures.get(0);
        String said = before.text().substring(Math.min(subject.start(), before.text().length()),
                Math.min(subject.end(), before.text().length()));
        Part read = part(part.text().substring(0, them.start()) + "the " + said + part.text().substring(them.end()), textLanguage);
        return read.named().categoryMentions().isEmpty() ? Optional.empty() : Optional.of(read);
    }

    /** The part completed by the one before it, when it cannot stand alone. */
    private static Part complete(Part part, Optional<Part> before, boolean setting) {
        if (before.isEmpty() || !FollowUp.needsTopic(part)) {
            return part;
        }
        Part topic = before.get();
        Set<Asked> asked = EnumSet.noneOf(Asked.class);
        asked.addAll(part.asked());
        if (part.asked().isEmpty()) {
            asked.addAll(topic.asked());
        }
        // "what about Bombardier?" has its own subject; "his phone?" after a question naming no one is about
        // the person last answered about, not the organisations that question named
        boolean ownSubject = ProperNames.unknownIn(part)
                || FollowUp.aboutSomeone(part) && topic.named().people().isEmpty() && topic.named().roleHolders().isEmpty();
        Named lent = ownSubject ? topic.named().withoutWhoAndWhich() : topic.named();
        return new Part(part.text(), part.analyzed(), asked, part.named().over(lent), part.premises(),
                topic.searchText() + " " + part.text(), true, setting);
    }

    private static Part withPremises(Part part, List<Premise> more) {
        List<Premise> all = new ArrayList<>(more);
        all.addAll(part.premises());
        return part.withPremises(all);
    }
}
