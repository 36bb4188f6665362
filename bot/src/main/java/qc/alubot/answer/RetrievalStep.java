package qc.alubot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import qc.alubot.conversation.Draft;
import qc.alubot.knowledge.Company;
import qc.alubot.knowledge.Passage;
import qc.alubot.knowledge.Reply;
import qc.alubot.language.Numbers;
import qc.alubot.language.Sentences;
import qc.alubot.language.Texts;
import qc.alubot.retrieval.Hit;
import qc.alubot.retrieval.Retrieval;
import qc.alubot.understanding.Asked;
import qc.alubot.understanding.Part;

/**
 * Answers from passages when retrieval is confident enough. A passage must name the company the
 * part names; a detail asked for ("budget", "age") that the passage does not give is said to be
 * missing before what the passage does say.
 */
final class RetrievalStep implements Step {

    /**
     * Passages this close to the best are near-ties: the one whose best sentence answers the
     * question's type (a figure, a year) wins over a slightly closer one that does not.
     */
    private static final double NEAR_TIE = 0.1;
    private static final int NEAR_TIE_CANDIDATES = 3;
    /** How far under the threshold a passage about a person or organisation the question names may be. */
    private static final double ANCHOR_RELIEF = 0.2;

    private final Composer composer;

    RetrievalStep(Composer composer) {
        this.composer = composer;
    }

    @Override
    public Optional<Draft> answer(Part part, Context context) {
        Snapshot snapshot = context.snapshot();
        Retrieval retrieval = snapshot.retriever().retrieve(searchText(part, context), part.analyzed().language());
        context.trace().retrieved(retrieval);
        // "Can a private company book time on the NRC's equipment?": a yes/no question asks a property, which a
        // passage merely about the organisation named does not answer
        Optional<Passage> best = snapshot.calibration().confident(retrieval) ? pick(retrieval, part, context)
                : asksAProperty(part) ? Optional.empty() : anchored(retrieval, part, context);
        if (best.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> missing = missingDetail(part, best.get());
        if (missing.isPresent()) {
            Passage about = closestAbout(retrieval, part, context).orElse(best.get());
            String lead = context.say(Reply.DETAIL_GAP, "detail", missing.get()) + " " + Sentences.of(about.body()).get(0);
            Draft gap = Fallbacks.noAnswer(lead, part, context, retrieval.confidence());
            return Optional.of(new Draft(gap.route(), gap.outcome(), gap.body(),
                    List.of(ExtractiveComposer.source(about, context.language(), context.knowledge())),
                    gap.confidence(), gap.contactId(), Optional.empty(), Optional.empty(), List.of()));
        }
        Composer.Request request = new Composer.Request(part, context.language(), context.knowledge(), context.session());
        return Optional.of(composer.compose(request, new Evidence(List.of(best.get()), retrieval.confidence(),
                part.searchText())));
    }

    private static final java.util.Set<String> PROPERTY_OPENERS = java.util.Set.of("can", "could", "does", "do", "did",
            "will", "would", "may", "peut", "peuvent", "pourrait", "pourrais", "pourrions");

    /** "Can a company book time on…?", "Does AVS charge…?": a yes/no question about what something does. */
    private static boolean asksAProperty(Part part) {
        List<String> words = part.analyzed().words();
        return !words.isEmpty() && PROPERTY_OPENERS.contains(words.get(0));
    }

    /**
     * Less confident, but the question names a person, an organisation or a subject and one of the
     * close passages is about it (a profile, an organisation's own passage, the passage of a
     * figure): the name is strong evidence of what is asked ("M. Gendron a combien d'années
     * d'expérience with Rio Tinto Alcan?", "Is there a value-chain policy framework?").
     */
    private static Optional<Passage> anchored(Retrieval retrieval, Part part, Context context) {
        double floor = context.snapshot().calibration().threshold() - ANCHOR_RELIEF;
        List<String> about = aboutNamed(part, context);
        return retrieval.hits().stream().limit(NEAR_TIE_CANDIDATES)
                .filter(hit -> hit.confidence() >= floor && about.contains(hit.passageId()))
                .findFirst()
                .flatMap(hit -> context.knowledge().passage(hit.passageId(), context.language()));
    }

    /** The passage retrieval ranks highest among those about what the part names ("AVS's budget": a passage on AVS). */
    private static Optional<Passage> closestAbout(Retrieval retrieval, Part part, Context context) {
        List<String> about = aboutNamed(part, context);
        return retrieval.hits().stream().filter(hit -> about.contains(hit.passageId())).findFirst()
                .flatMap(hit -> context.knowledge().passage(hit.passageId(), context.language()));
    }

    /**
     * Passages about what the part names: people's profiles, passages whose title names an
     * organisation (any organisation, when one is asked for and none named), and the passages that
     * tell a figure or a milestone whose subject it names.
     */
    private static List<String> aboutNamed(Part part, Context context) {
        List<String> ids = new ArrayList<>();
        part.named().people().stream().map(c -> c.profile()).filter(id -> id != null).forEach(ids::add);
        part.named().figures().stream().filter(m -> FigureStep.covers(part, m)).forEach(m -> ids.add(m.value().passage()));
        part.named().milestones().stream().filter(m -> FigureStep.covers(part, m)).forEach(m -> ids.add(m.value().passage()));
        // "Which body coordinates processors province-wide?": an organisation is asked for, none named
        List<Company> organisations = part.asks(Asked.ORGANISATION) && part.named().companies().isEmpty()
                && part.named().people().isEmpty() ? context.knowledge().companies() : part.named().companies();
        for (Company company : organisations) {
            context.knowledge().passages(context.language()).stream()
                    .filter(p -> company.names().anyMatch(n -> Texts.wordLine(p.title()).contains(Texts.wordLine(n))))
                    .forEach(p -> ids.add(p.id()));
        }
        return ids;
    }

    /** "How long did he work at Rio Tinto?" right after an answer about Julien Gendron: his name first. */
    private static String searchText(Part part, Context context) {
        boolean aboutTheLastPerson = part.named().pronoun() && part.named().people().isEmpty();
        return aboutTheLastPerson ? context.session().contactId().flatMap(context.knowledge()::contact)
                .map(contact -> contact.name() + " " + part.searchText()).orElse(part.searchText()) : part.searchText();
    }

    /**
     * Among the near-tied passages that speak of what the question names, the one with the
     * best answering sentence; none when no confident passage names the company asked about
     * ("How many employees does Alcoa have?" is not answered by the processors' head count).
     */
    private static Optional<Passage> pick(Retrieval retrieval, Part part, Context context) {
        double floor = Math.max(context.snapshot().calibration().threshold(), retrieval.confidence() - NEAR_TIE);
        List<Passage> candidates = new ArrayList<>();
        for (Hit hit : retrieval.hits()) {
            if (hit.confidence() < floor || candidates.size() == NEAR_TIE_CANDIDATES) {
                break;
            }
            context.knowledge().passage(hit.passageId(), context.language())
                    .filter(passage -> mentionsAll(passage, part.named().companies()))
                    .filter(passage -> !part.asksForAValue() || givesAValue(passage, part))
                    .ifPresent(candidates::add);
        }
        Passage best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Passage candidate : candidates) {
            double score = LeadSentence.best(Sentences.of(candidate.body()), part, context.language()).score();
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** A passage that answers "what share" holds a percentage; "how many" or "how much", a number. */
    private static boolean givesAValue(Passage passage, Part part) {
        if (part.asks(Asked.GOAL) && !part.asksAny(Asked.COUNT, Asked.AMOUNT, Asked.SHARE, Asked.SIZE, Asked.FREQUENCY)) {
            return true; // "what did the 1999 forum set out to achieve?": a goal said in words
        }
        String text = passage.body();
        if (part.asks(Asked.SHARE) && !part.asksAny(Asked.COUNT,
                Asked.AMOUNT)) {
            return text.contains("%") || text.toLowerCase(Locale.ROOT).contains("per cent");
        }
        // "How many companies has the CQRDA funded?" is not answered by the year it was born
        boolean yearsCount = part.asksAny(Asked.WHEN, Asked.PERIOD);
        return Numbers.in(text, passage.language()).stream().anyMatch(n -> yearsCount || !isYear(n));
    }

    private static boolean isYear(Numbers.Figure number) {
        return number.written().strip().matches("(19|20)\\d{2}(-\\d{2,4})?");
    }

    /** Whether the passage names each company the question names (by any of its names). */
    private static boolean mentionsAll(Passage passage, List<Company> companies) {
        String text = Texts.wordLine(passage.title() + " " + passage.body());
        return companies.stream().allMatch(company -> company.names().anyMatch(name -> text.contains(Texts.wordLine(name))));
    }

    /** A detail the part asks for ("budget") that the passage never mentions, as the investor wrote it. */
    private static Optional<String> missingDetail(Part part, Passage passage) {
        return part.detailNotIn(passage.title() + " " + passage.body());
    }
}
