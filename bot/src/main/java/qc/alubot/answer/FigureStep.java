package qc.alubot.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import qc.alubot.conversation.Draft;
import qc.alubot.conversation.Outcome;
import qc.alubot.conversation.Route;
import qc.alubot.knowledge.Figure;
import qc.alubot.knowledge.Passage;
import qc.alubot.knowledge.Reply;
import qc.alubot.language.AnalyzerCache;
import qc.alubot.language.Analyzers;
import qc.alubot.language.Language;
import qc.alubot.language.Texts;
import qc.alubot.understanding.Asked;
import qc.alubot.understanding.Mention;
import qc.alubot.understanding.Named;
import qc.alubot.understanding.Part;
import qc.alubot.understanding.Setting;
import qc.alubot.understanding.Premise;

/**
 * "How many smelters?", "What share of North American output?", "Is there a skilled
 * workforce?": the figure from {@code figures.yaml}, word for word, with its passage as
 * context. A figure asked for a company or a place the sources give no figure for is a gap,
 * said as such.
 */
final class FigureStep implements Step {

    /** Kinds of figure that can answer a question naming its subject without asking for a value ("Is there a skilled workforce?"). */
    static final Set<Figure.Kind> DESCRIPTIVE = EnumSet.of(Figure.Kind.COUNT, Figure.Kind.AMOUNT, Figure.Kind.SHARE);
    /** How far after "how many" the counted subject stands: "how many aluminum processors are there". */
    private static final int HEAD_REACH = 30;

    /** Words of its own past which a question completed by the sentence before it asks about its own subject. */
    private static final int OWN_SUBJECT_TERMS = 2;

    @Override
    public Optional<Draft> answer(Part part, Context context) {
        if (asksOfItsOwnSubject(part, context)) {
            return Optional.empty();
        }
        Optional<Figure> earlier = chosen(part).filter(figure -> OtherValues.atAnotherTime(part, figure));
        if (earlier.isPresent() && part.named().scope() != Named.Scope.OUT) {
            return Optional.of(gapAnswer(context.say(Reply.FIGURE_OTHER_TIME), earlier.get(), part, context));
        }
        if (part.asks(Asked.COMPARE) || part.named().scope() == Named.Scope.OUT && !part.asksForAValue()) {
            return Optional.empty(); // "act as my general assistant": declined, whatever it happens to name
        }
        Optional<Figure> pointed = spanAsked(part).or(() -> checked(part));
        if (pointed.isPresent()) {
            return Optional.of(answer(pointed.get(), part, context));
        }
        Optional<String> uncounted = quoted(part, context).isPresent() ? Optional.empty() : Uncounted.in(part, context);
        if (uncounted.isPresent()) {
            return Optional.of(Fallbacks.noAnswer(context.say(Reply.FIGURE_UNKNOWN, "name", uncounted.get()), part,
                    context, 1.0));
        }
        Optional<Figure> partOf = OtherValues.partOf(part);
        if (partOf.isPresent()) {
            return Optional.of(gapAnswer(context.say(Reply.FIGURE_BREAKDOWN), partOf.get(), part, context));
        }
        return chosen(part).or(() -> quoted(part, context)).filter(figure -> !asksADetail(part, figure)).flatMap(figure -> gap(part, figure)
                .map(gap -> Optional.of(gapAnswer(gap.said(figure, context), figure, part, context)))
                .orElseGet(() -> applies(part, figure) ? Optional.of(answer(figure, part, context)) : Optional.empty()));
    }

    /**
     * "Je déménage à Chicoutimi pour un poste chez un transformateur. Combien coûte un condo au
     * centre-ville ?": the figure the sentence before names is not what a question with a subject of
     * its own asks ("…Combien sont au Saguenay ?" has none, and counts the transformers).
     */
    private static boolean asksOfItsOwnSubject(Part part, Context context) {
        if (!part.bySetting()) {
            return false;
        }
        Part alone = context.snapshot().reader().alone(part);
        Named own = alone.named();
        // "How much of the continent's supply comes out of Québec?": a share, of the whole the sentence before names
        if (alone == part || own.hasSubject() || !own.figureCues().isEmpty() || countsWhatCameBefore(alone)
                || part.asks(Asked.SHARE)) {
            return false;
        }
        List<String> places = own.places().stream().map(Texts::wordLine).toList();
        long terms = alone.analyzed().terms(alone.analyzed().language()).stream()
                .filter(term -> places.stream().noneMatch(place -> place.contains(" " + term)))
                .filter(term -> !Setting.WORDS.contains(term)).count();
        return terms >= OWN_SUBJECT_TERMS;
    }

    /** Words after "how many" that count what came before, naming nothing: "how many are in automotive?". */
    private static final Set<String> COUNTING_BACK = Set.of("are", "is", "were", "was", "do", "does", "did", "have",
            "has", "of", "among", "can", "could", "would", "will", "sont", "ont", "y", "en", "est", "d", "parmi", "se");

    private static boolean countsWhatCameBefore(Part part) {
        List<String> words = part.analyzed().words();
        for (int i = 0; i + 1 < words.size(); i++) {
            boolean howMany = words.get(i).equals("combien") || words.get(i).equals("many") && i > 0
                    && words.get(i - 1).equals("how");
            if (howMany) {
                return COUNTING_BACK.contains(words.get(i + 1));
            }
        }
        return false;
    }

    /**
     * "La stratégie du gouvernement sur l'alu, a finit quand ?": when something the files give a
     * period for begins or ends is that period.
     */
    private static Optional<Figure> spanAsked(Part part) {
        if (!part.asks(Asked.WHEN) || part.asksForAValue() || !part.named().details().isEmpty()
                || !part.named().milestones().isEmpty()) {
            return Optional.empty();
        }
        return part.named().figures().stream().map(Mention::value).filter(f -> f.kind() == Figure.Kind.PERIOD).findFirst();
    }

    private static final Pattern INVERTED = Pattern.compile("\\b\\p{L}+-(?:t-)?(?:il|elle|ils|elles|on)\\b");
    private static final Pattern WH_FRENCH = Pattern.compile(
            "\\b(?:qui|quoi|que|qu|quel|quels|quelle|quelles|combien|ou|quand|comment|pourquoi|lequel|laquelle)\\b");

    /** How a question asks whether what it states is so. */
    private static final List<String> TRUTH = List.of("is it true", "is that true", "is this true", "true that",
            "is it correct", "is that correct", "correct that", "is it right", "is that right", "accurate",
            "vrai que", "c est vrai", "est ce vrai", "est il vrai", "est ce exact", "exact que", "c est exact");

    /**
     * "C'est-tu vrai que le Québec sort 60 % de l'alu en Amérique du Nord, ou ben c'est juste du
     * marketing ?": a figure the question states and asks about is checked against the files,
     * whatever else the question says.
     */
    private static Optional<Figure> checked(Part part) {
        if (!part.analyzed().hasAnyPhrase(TRUTH)) {
            return Optional.empty();
        }
        // "c'tu vrai que le Québec fait les deux tiers de l'alu en Amérique du Nord ?": said in words, not digits
        return part.premises().stream().flatMap(premise -> premise.figure().stream()).findFirst()
                .or(() -> chosen(part).filter(figure -> part.named().figures().stream().anyMatch(m -> m.value().equals(figure))
                        && figure.kind() != Figure.Kind.PERIOD));
    }

    /** Kinds of figure that are a quantity by their very name: "production", "share of North American output". */
    private static final Set<Figure.Kind> QUANTITIES = EnumSet.of(Figure.Kind.AMOUNT, Figure.Kind.SHARE);

    /**
     * Whether the part asks for the figure's value: "how much…", or "what is Alcoa's annual
     * production?", where the name of a quantity is what is asked ("what are the recyclers?" asks
     * what they are, not how many).
     */
    static boolean valueAsked(Part part, Figure figure) {
        return part.asksForAValue() || part.asks(Asked.EXPLAIN) && QUANTITIES.contains(figure.kind())
                && part.named().figures().stream().anyMatch(m -> m.value().equals(figure));
    }

    /**
     * "The carbon footprint per tonne of primary aluminum": a detail the figure does not give
     * (its names do not say it), left to retrieval, which says the sources lack it.
     */
    private static boolean asksADetail(Part part, Figure figure) {
        if (part.named().details().isEmpty()) {
            return false;
        }
        String names = String.join(" ", figure.namesIn(Language.EN)) + " " + String.join(" ", figure.namesIn(Language.FR));
        return part.named().details().stream().anyMatch(detail -> java.util.Arrays.stream(Language.values()).noneMatch(language ->
                Analyzers.terms(AnalyzerCache.get(language), names)
                        .containsAll(Analyzers.terms(AnalyzerCache.get(language), detail))));
    }

    /**
     * A figure answers a value question, or a yes/no or "what is" question that is about its
     * subject and little else: "Is there a skilled workforce?" yes, "What electricity rate do
     * smelters pay?" no (the question is about a rate the figure does not give).
     */
    private static boolean applies(Part part, Figure figure) {
        if (valueAsked(part, figure)) {
            return true;
        }
        if (qc.alubot.understanding.ProperNames.unknownIn(part)) {
            return false; // "Do you know the Frobnitz aluminium plant?" is about Frobnitz, not Québec's smelters
        }
        Named named = part.named();
        boolean otherCategory = named.categoryMentions().stream().anyMatch(c -> named.figures().stream()
                .noneMatch(f -> c.start() < f.end() && f.start() < c.end()));
        // "is there a recurring trade show, and what's its cadence?": the first show and its cadence are one passage
        boolean otherMilestone = named.milestones().stream().anyMatch(m -> !m.value().passage().equals(figure.passage()));
        boolean otherSubject = !named.companies().isEmpty() || !named.people().isEmpty() || otherMilestone
                || otherCategory && !part.asks(Asked.EXPLAIN);
        boolean plainQuestion = part.asked().stream().allMatch(a -> a == Asked.EXPLAIN || a == Asked.INSTRUCTION);
        boolean instructed = part.asks(Asked.INSTRUCTION);
        return !otherSubject && (plainQuestion || isYesNo(part)) && (instructed || coversQuestion(part, figure))
                && otherFigure(part, figure).isEmpty();
    }

    /** Words that say where or in which industry without saying what is asked ({@link qc.alubot.understanding.Setting}). */
    static final Set<String> SETTING = qc.alubot.understanding.Setting.WORDS;
    /** A number and its bound ("more than 900") are what the question takes for granted, not its subject. */
    private static final Set<String> BOUNDS = Set.of("more", "less", "fewer", "over", "under", "plus", "moins");
    /** Share of a question's content words the figure's name must cover to answer it without a value asked. */
    private static final double COVERAGE = 0.5;

    private static boolean coversQuestion(Part part, Figure figure) {
        return covers(part, part.named().figures().stream().filter(m -> m.value().equals(figure)).toList());
    }

    /** Whether the subject named is most of what the question says: "Is there a skilled workforce?". */
    static boolean covers(Part part, Mention<?> mention) {
        return covers(part, List.of(mention));
    }

    /**
     * Each name counts once, whatever its length ("Saguenay—Lac-Saint-Jean" is one place, not four
     * words), against the question's other content words.
     */
    private static boolean covers(Part part, List<? extends Mention<?>> mentions) {
        Language language = part.analyzed().language();
        String text = part.analyzed().text();
        List<Analyzers.Token> terms = part.analyzed().tokens(language).stream()
                .filter(t -> t.term().length() > 1 && !SETTING.contains(t.term())
                        && !SETTING.contains(Texts.fold(text.substring(t.start(), t.end())))
                        && !t.term().matches("[\\d.,]+") && !BOUNDS.contains(Texts.fold(text.substring(t.start(), t.end()))))
                .toList();
        List<? extends Mention<?>> present = mentions.stream()
                .filter(m -> terms.stream().anyMatch(t -> t.start() >= m.start() && t.end() <= m.end())).toList();
        long outside = terms.stream()
                .filter(t -> mentions.stream().noneMatch(m -> t.start() >= m.start() && t.end() <= m.end())).count();
        long units = outside + present.size();
        return units == 0 || present.size() >= COVERAGE * units;
    }

    static boolean isYesNo(Part part) {
        List<String> words = part.analyzed().words();
        String folded = Texts.fold(part.text());
        boolean itIs = folded.matches("(?s)\\W*c\\W?est\\b.*"); // "c'est qui…", "c'est quoi…" ask who and what
        if (INVERTED.matcher(folded).find() && !WH_FRENCH.matcher(folded).find()) {
            return true; // "Le gouvernement, y veut-il vraiment doubler la transfo ?": an inverted verb and no question word
        }
        return !words.isEmpty() && !itIs && Set.of("is", "are", "does", "do", "has", "have", "can", "was", "were", "est", "existe",
                "y", "ya", "a", "avez", "peut", "est-ce", "is't", "isn't", "aren't").contains(words.get(0))
                || part.text().matches("(?is).*\\b(right|correct|true|vrai|n'est-ce pas|non)\\s*\\?\\s*$");
    }

    /** The figure the part asks about: its kind fits the question; the subject right after "how many" wins. */
    static Optional<Figure> chosen(Part part) {
        Set<Figure.Kind> kinds = kinds(part);
        List<Mention<Figure>> candidates = new ArrayList<>(part.named().figures());
        boolean declinable = part.named().scope() == Named.Scope.OUT;
        if (part.asksForAValue() && !declinable) {
            candidates.addAll(part.named().figureCues());
        }
        candidates.removeIf(m -> !kinds.contains(m.value().kind()));
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        // "combien de members au total, observers included ?": what a total includes is not what is counted
        List<Mention<Figure>> counted = candidates.stream().filter(m -> !included(part, m)).toList();
        if (!counted.isEmpty()) {
            candidates = new ArrayList<>(counted);
        }
        // "l'équipe permanente : combien de personnes compte AVS ?": the figure said of the organisation named
        List<Mention<Figure>> ofNamed = candidates.stream().filter(m -> saysOfEveryCompany(part, m.value())).toList();
        if (!part.named().companies().isEmpty() && !ofNamed.isEmpty()) {
            candidates = new ArrayList<>(ofNamed);
        }
        Optional<Figure> head = head(part, candidates);
        if (head.isPresent()) {
            return head;
        }
        if (part.asked().isEmpty() && !isYesNo(part) && candidates.size() > 1) {
            // "smelter employees?" asks about employees, "employés des alumineries ?" too
            Comparator<Mention<Figure>> byStart = Comparator.comparingInt(Mention::start);
            return (part.analyzed().language() == Language.EN ? candidates.stream().max(byStart)
                    : candidates.stream().min(byStart)).map(Mention::value);
        }
        Optional<Figure.Kind> preferred = preferred(part);
        return candidates.stream().min(Comparator
                .comparing((Mention<Figure> m) -> preferred.isPresent() && m.value().kind() != preferred.get())
                .thenComparing(m -> !part.named().figures().contains(m))
                .thenComparing(m -> -m.length())
                .thenComparingInt(Mention::start)).map(Mention::value);
    }

    /**
     * "923, c'est le nombre de quoi ?": the figure whose value the question quotes, when no subject
     * is named and only one figure has that value. Values under ten ("8") are too common to tell.
     */
    private static final Pattern QUOTED_NUMBER =
            Pattern.compile("\\d{1,3}(?:[ ,\u00a0]\\d{3})+|\\d+(?:[.,]\\d+)?");

    private static Optional<Figure> quoted(Part part, Context context) {
        if (!part.named().figures().isEmpty() || !part.asksAny(Asked.COUNT, Asked.EXPLAIN, Asked.AMOUNT, Asked.SHARE)) {
            return Optional.empty();
        }
        List<java.math.BigDecimal> numbers = QUOTED_NUMBER.matcher(part.text()).results()
                .map(m -> new java.math.BigDecimal(m.group().matches(".*\\d[ ,\u00a0]\\d{3}.*")
                        ? m.group().replaceAll("[ ,\u00a0]", "") : m.group().replace(',', '.')))
                .filter(n -> n.compareTo(java.math.BigDecimal.TEN) >= 0)
                .filter(n -> !(n.scale() <= 0 && n.intValue() >= 1900 && n.intValue() <= 2099))
                .toList();
        List<Figure> matching = context.knowledge().figures().stream()
                .filter(f -> DESCRIPTIVE.contains(f.kind()))
                .filter(f -> numbers.stream().anyMatch(n -> n.compareTo(f.value()) == 0))
                .toList();
        return matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty();
    }

    private static final Pattern HOW_MUCH_OF = Pattern.compile("\\bhow much (?:of|weight)\\b|\\bwhat weight\\b");

    private static Set<Figure.Kind> kinds(Part part) {
        if (!part.asksForAValue()) {
            return DESCRIPTIVE;
        }
        Set<Figure.Kind> kinds = EnumSet.noneOf(Figure.Kind.class);
        if (part.asks(Asked.SHARE) && HOW_MUCH_OF.matcher(Texts.fold(part.text())).find()) {
            return EnumSet.of(Figure.Kind.SHARE); // "how much of its metal stays in Québec?" asks a share, not a count
        }
        if (part.asks(Asked.COUNT)) {
            kinds.addAll(List.of(Figure.Kind.COUNT, Figure.Kind.AMOUNT));
        }
        if (part.asks(Asked.AMOUNT)) {
            kinds.addAll(List.of(Figure.Kind.AMOUNT, Figure.Kind.SHARE, Figure.Kind.COUNT));
        }
        if (part.asks(Asked.SHARE)) {
            kinds.add(Figure.Kind.SHARE);
        }
        if (part.asks(Asked.SIZE)) {
            kinds.addAll(DESCRIPTIVE);
        }
        if (part.asks(Asked.GOAL)) {
            kinds.add(Figure.Kind.GOAL);
        }
        if (part.asksAny(Asked.PERIOD, Asked.WHEN)) {
            kinds.add(Figure.Kind.PERIOD);
        }
        if (part.asks(Asked.FREQUENCY)) {
            kinds.add(Figure.Kind.FREQUENCY);
        }
        return kinds;
    }

    /** The kind of figure the question's words ask for; none for a size, which any subject's figure tells. */
    private static Optional<Figure.Kind> preferred(Part part) {
        if (part.asks(Asked.SHARE)) {
            return Optional.of(Figure.Kind.SHARE);
        }
        if (part.asks(Asked.GOAL)) {
            return Optional.of(Figure.Kind.GOAL);
        }
        if (part.asks(Asked.FREQUENCY)) {
            return Optional.of(Figure.Kind.FREQUENCY);
        }
        if (part.asks(Asked.PERIOD)) {
            return Optional.of(Figure.Kind.PERIOD);
        }
        if (part.asks(Asked.AMOUNT)) {
            return Optional.of(Figure.Kind.AMOUNT);
        }
        return part.asks(Asked.COUNT) ? Optional.of(Figure.Kind.COUNT) : Optional.empty();
    }

    private static boolean saysOfEveryCompany(Part part, Figure figure) {
        String said = Texts.wordLine(figure.statement().en() + " " + figure.statement().fr());
        return part.named().companies().stream()
                .allMatch(company -> company.names().anyMatch(name -> said.contains(Texts.wordLine(name))));
    }

    private static final Pattern INCLUDED_AFTER = Pattern.compile("(?iu)^\\s*(?:included|inclus|incluse?s?|compris)\\b");
    private static final Pattern INCLUDING_BEFORE = Pattern.compile(
            "(?iu)\\b(?:including|incl\\.?|y compris|incluant|counting)\\s+(?:the\\s+|les\\s+|des\\s+)?$");

    /** "…observers included", "y compris les observateurs": a subject named as part of the total asked. */
    private static boolean included(Part part, Mention<Figure> mention) {
        String text = part.analyzed().text();
        int end = Math.min(mention.end(), text.length());
        int start = Math.min(mention.start(), end);
        return INCLUDED_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 14))).find()
                || INCLUDING_BEFORE.matcher(text.substring(Math.max(0, start - 16), start)).find();
    }

    /** The subject named right after "how many", "combien de", "number of": what is counted. */
    private static Optional<Figure> head(Part part, List<Mention<Figure>> candidates) {
        // "le Québec, y pèse combien dans la production en Amérique du Nord ?": a share named is what is weighed
        boolean shareNamed = part.asks(Asked.SHARE) && candidates.stream().anyMatch(m -> m.value().kind() == Figure.Kind.SHARE);
        if (!part.asks(Asked.COUNT) || shareNamed) {
            return Optional.empty();
        }
        String folded = Texts.fold(part.text());
        int after = -1;
        for (String phrase : List.of("how many", "combien", "number of", "nombre de", "nombre d", "nb de")) {
            int at = folded.indexOf(phrase);
            if (at >= 0) {
                after = at + phrase.length();
                break;
            }
        }
        int from = after;
        if (from < 0) {
            return Optional.empty();
        }
        // "how many people work in the smelters" counts people, not smelters: what "how many" is said of
        Optional<Figure> right = candidates.stream().filter(m -> m.start() >= from && m.start() - from <= 1)
                .max(Comparator.comparingInt(Mention::length)).map(Mention::value);
        return right.or(() -> candidates.stream()
                .filter(m -> m.start() >= from && m.start() - from <= HEAD_REACH)
                .min(Comparator.comparing((Mention<Figure> m) -> !part.named().figures().contains(m))
                        .thenComparingInt(Mention::start).thenComparingInt(m -> -m.length())).map(Mention::value));
    }

    /**
     * What the figure is not about, and whether it is another counted subject: "no such figure for
     * the smelters" is no figure "for Québec as a whole", and the one given is said to be the
     * processors'.
     */
    private record Gap(String name, boolean anotherSubject) {

        String said(Figure figure, Context context) {
            return anotherSubject
                    ? context.say(Reply.FIGURE_GAP_SUBJECT, "name", name, "subject", figure.label().in(context.language()))
                    : context.say(Reply.FIGURE_GAP, "name", name);
        }
    }

    /**
     * A company, place or other subject named that the figure is not about ("How many employees
     * work in the smelters?": the head count is the processors'): the sources give no figure for it.
     */
    private static Optional<Gap> gap(Part part, Figure figure) {
        boolean terse = part.asked().isEmpty() && !isYesNo(part) && covers(part, part.named().figures());
        if (!valueAsked(part, figure) && !terse) {
            return Optional.empty();
        }
        Optional<Gap> otherSubject = otherFigure(part, figure)
                .map(other -> new Gap(other.label().in(part.analyzed().language()), true));
        if (otherSubject.isPresent()) {
            return otherSubject;
        }
        String about = Texts.wordLine(figure.statement().en() + " " + figure.statement().fr() + " "
                + String.join(" ", figure.namesIn(Language.EN)) + " " + String.join(" ", figure.namesIn(Language.FR)));
        Named named = part.named();
        List<String> others = new ArrayList<>();
        if (DESCRIPTIVE.contains(figure.kind())) { // a company's own count; the trade show's cadence is no company's
            named.companies().stream().filter(c -> c.names().noneMatch(n -> about.contains(Texts.wordLine(n))))
                    .forEach(c -> others.add(c.name()));
        }
        if (about.contains(" quebec ") && DESCRIPTIVE.contains(figure.kind())) { // Québec's count, not a region's or a city's
            named.places().stream().filter(p -> !about.contains(Texts.wordLine(p)) && !quebecNearer(part, figure, p)
                            && !onlyInContext(part, p))
                    .forEach(others::add);
        }
        return others.stream().findFirst().map(name -> new Gap(name, false));
    }

    /**
     * "A US buyer wants North American metal. How much of the continent's supply comes out of
     * Québec?": a place said only in the sentence before a question that names Québec itself is
     * who asks, not what the figure is asked of.
     */
    private static boolean onlyInContext(Part part, String place) {
        String question = Texts.wordLine(part.text());
        return question.contains(" quebec ") && !question.contains(Texts.wordLine(place));
    }

    /**
     * "We import Canadian metal…: Québec's share of North American output": Québec, named nearer the
     * figure than the other place, is what the figure is asked of; "processors in Saguenay, Québec" asks of Saguenay.
     */
    private static boolean quebecNearer(Part part, Figure figure, String place) {
        String text = Texts.fold(part.analyzed().text());
        int own = part.named().figures().stream().filter(m -> m.value().equals(figure)).mapToInt(Mention::start)
                .min().orElse(-1);
        int quebec = text.indexOf("quebec");
        int other = text.indexOf(Texts.fold(place));
        return own >= 0 && quebec >= 0 && other >= 0 && Math.abs(quebec - own) < Math.abs(other - own);
    }

    /**
     * Another figure's subject named after the figure's own, that its statement does not speak
     * of: "employees … in the smelters" asks about the smelters, whose head count is not given.
     */
    private static Optional<Figure> otherFigure(Part part, Figure figure) {
        Set<String> told = new java.util.HashSet<>();
        for (Language language : Language.values()) {
            told.addAll(Analyzers.terms(AnalyzerCache.get(language), figure.statement().in(language)));
        }
        List<Mention<Figure>> all = new ArrayList<>(part.named().figures());
        all.addAll(part.named().figureCues());
        List<Mention<Figure>> mine = all.stream().filter(m -> m.value().equals(figure)).toList();
        int own = mine.stream().mapToInt(Mention::start).min().orElse(0);
        return part.named().figures().stream()
                .filter(m -> (m.start() > own || part.asked().isEmpty() && !isYesNo(part) || part.asks(Asked.AMOUNT))
                        && !onlySetting(part, m) && !relatedBy(part, own, m))
                .filter(m -> mine.stream().noneMatch(o -> m.start() < o.end() && o.start() < m.end()))
                .map(Mention::value)
                .filter(other -> !other.equals(figure) && !other.label().en().equals(figure.label().en()))
                .filter(other -> Analyzers.terms(AnalyzerCache.get(Language.EN), other.label().en()).stream()
                        .filter(term -> !SETTING.contains(term)).noneMatch(told::contains))
                .findFirst();
    }

    /** Words that set one subject beside another rather than inside it: "customers downstream of the processors". */
    private static final Pattern RELATION = Pattern.compile(
            "\\b(downstream|upstream|beyond|besides|after|before|compared|versus|vs|than|en aval|en amont|apres|avant|outre"
                    + "|par rapport|comparativement|plutot que)\\b");

    /**
     * "How many manufacturer customers sit downstream of the processors?": the other subject is
     * where the counted one stands, not what it is counted in.
     */
    private static boolean relatedBy(Part part, int own, Mention<Figure> other) {
        String text = part.analyzed().text();
        if (own >= other.start() || other.end() > text.length()) {
            return false;
        }
        return RELATION.matcher(Texts.fold(text.substring(own, other.end()))).find();
    }

    /** A subject named only by words like "cluster" or "aluminum" says nothing of its own. */
    private static boolean onlySetting(Part part, Mention<Figure> mention) {
        return part.analyzed().tokens(part.analyzed().language()).stream()
                .filter(t -> t.start() >= mention.start() && t.end() <= mention.end())
                .allMatch(t -> SETTING.contains(t.term()));
    }

    private static Draft gapAnswer(String gap, Figure figure, Part part, Context context) {
        String lead = gap + " " + Statements.of(figure, context.language());
        Draft draft = Fallbacks.noAnswer(lead, part, context, 1.0);
        return context.knowledge().passage(figure.passage(), context.language())
                .map(passage -> new Draft(draft.route(), Outcome.NO_ANSWER, draft.body(),
                        List.of(Statements.source(passage, figure.source(), context.language(), context.knowledge())),
                        1.0, draft.contactId(), Optional.empty(), Optional.empty(), List.of()))
                .orElse(draft);
    }

    private static Draft answer(Figure figure, Part part, Context context) {
        String statement = Statements.of(figure, context.language());
        String lead = statement;
        for (Premise premise : part.premises()) {
            if (premise.figure().map(figure::equals).orElse(false) && isYesNo(part)) {
                lead = Statements.answering(premise, statement, context);
                context.trace().settled(premise);
            }
        }
        Optional<Passage> passage = context.knowledge().passage(figure.passage(), context.language());
        List<String> paragraphs = new ArrayList<>(List.of(lead));
        passage.flatMap(p -> Statements.context(statement, p)).ifPresent(paragraphs::add);
        return new Draft(Route.FIGURE, Outcome.ANSWERED, String.join("\n\n", paragraphs),
                passage.map(p -> List.of(Statements.source(p, figure.source(), context.language(), context.knowledge())))
                        .orElse(List.of()),
                1.0, Optional.empty(), passage.map(Passage::id), Optional.of(part.searchText()),
                passage.map(p -> ExtractiveComposer.related(p, context.language(), context.knowledge())).orElse(List.of()));
    }
}
