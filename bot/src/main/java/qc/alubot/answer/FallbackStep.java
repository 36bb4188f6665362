package qc.alubot.answer;

import java.util.Optional;
import qc.alubot.conversation.Draft;
import qc.alubot.retrieval.HybridRetriever;
import qc.alubot.rules.RuleBook;
import qc.alubot.understanding.Asked;
import qc.alubot.understanding.Named;
import qc.alubot.understanding.Part;
import qc.alubot.understanding.Premise;

/**
 * The last step, which always answers: in scope but not in the knowledge gets "I don't have
 * that" and the right contact; anything else is declined.
 */
final class FallbackStep implements Step {

    @Override
    public Optional<Draft> answer(Part part, Context context) {
        double confidence = context.trace().lastRetrieval().confidence();
        boolean ours = inScope(part) || nearerTheKnowledge(part, context, confidence);
        // a question completed from what came before is weighed on its own words: the setting lends it a subject
        // to search with, not a topic of the cluster's
        if (!ours) {
            return Optional.of(Fallbacks.decline(context));
        }
        Part alone = context.snapshot().reader().alone(part);
        boolean elsewhere = aboutSomethingElse(alone, context) || anotherSubjectInTheClustersWords(alone, context, confidence);
        return Optional.of(elsewhere ? Fallbacks.decline(context) : Fallbacks.noAnswer(part, context, confidence));
    }

    /** How much nearer in meaning to the knowledge than to any declined topic a question naming nothing must be. */
    static final double CLEARLY_NEARER = -0.15;
    /** And how near a passage must come: "In percentage terms, how dominant is Québec on the continent's primary supply side?". */
    static final double SOME_PASSAGE = 0.30;

    /**
     * A question in words the files do not use that means the knowledge far more than any declined
     * topic, and comes near a passage: the cluster's question, worth a contact, not a decline.
     */
    private static boolean nearerTheKnowledge(Part part, Context context, double confidence) {
        if (part.named().scope() != Named.Scope.UNKNOWN || confidence < SOME_PASSAGE) {
            return false;
        }
        HybridRetriever.OffTopic off = context.snapshot().retriever().offTopic(part.text(), true);
        return off.margin() <= CLEARLY_NEARER;
    }

    /**
     * A question in the cluster's words that a passage comes this near, though not near enough to
     * answer ("Is the texte intégral of the Stratégie available in English?"), is the cluster's
     * question, never declined for its meaning. Fitted on the development sets: the off-topic
     * questions worded with the cluster's words come no nearer than 0.39 ("Qui est le maire de Saguenay ?").
     */
    static final double NEAR_A_PASSAGE = 0.40;

    /**
     * Nothing answered "Which Montreal neighbourhood has the best schools if I relocate for a
     * smelter project?": its words touch the cluster, but it means schools. When an unanswered
     * question names no one and no company the files know, is not mostly a subject the files count
     * ("Où sont situées les huit alumineries ?"), asks whether a company is in the
     * cluster ("ya tu Bombardier dans la grappe?") nor follows anything, and means a
     * declined topic more than the knowledge and more than any subject a person can help with,
     * it is declined rather than passed to a contact who could not help either.
     */
    private static boolean aboutSomethingElse(Part part, Context context) {
        Named named = part.named();
        if (part.followUp() || part.asks(Asked.MEMBERSHIP) || RuleBook.recognises(part) || !named.people().isEmpty()
                || !named.companies().isEmpty() || !named.roleHolders().isEmpty() || !named.topicContacts().isEmpty()
                || named.figures().stream().anyMatch(m -> FigureStep.covers(part, m))
                || part.premises().stream().anyMatch(Premise::agrees)
                || named.scope() == Named.Scope.IN && context.trace().lastRetrieval().confidence() >= NEAR_A_PASSAGE
                || asksADetailOfTheCluster(part)
                || part.asks(Asked.ORGANISATION) && named.scope() == Named.Scope.IN) { // "quel organisme anime la grappe ?"
            return false;
        }
        return DeclinedTopics.meant(part, context, true);
    }

    /** Under this confidence, no passage comes near what is asked: the question's words alone tell whose it is. */
    static final double FAR_FROM_THE_KNOWLEDGE = 0.30;

    /**
     * "We're moving to Jonquière for my smelter job. Is there a pediatric endocrinologist in the
     * Saguenay area?": the cluster's places and subjects say where the asker stands, not what
     * they ask. When no passage comes near and the question names no one to ask, it is weighed
     * without those names; meaning a declined topic more than the knowledge and the subjects a
     * person can help with, it is declined.
     */
    private static boolean anotherSubjectInTheClustersWords(Part part, Context context, double confidence) {
        Named named = part.named();
        if (confidence >= FAR_FROM_THE_KNOWLEDGE || part.asks(Asked.MEMBERSHIP) || !named.people().isEmpty()
                || !named.roleHolders().isEmpty() || !named.topicContacts().isEmpty() || !named.details().isEmpty()
                || part.premises().stream().anyMatch(Premise::agrees)) {
            return false; // a detail investors weigh ("chiffre d'affaires", "permis") is the cluster's, the sources lacking it
        }
        String request = part.withoutTheClustersNames();
        if (request.isBlank() || request.equals(part.text()) && (!part.bySetting() || part.pointsAtItsSetting())) {
            return false; // nothing of the cluster's taken out (the setting's aside): the weighing above already spoke
        }
        HybridRetriever.OffTopic off = context.snapshot().retriever().offTopic(request, true);
        context.trace().offTopic(off);
        return off.margin() > DeclinedTopics.MARGIN;
    }

    /**
     * "Quel taux horaire pour un machiniste au Lac-Saint-Jean si on ouvre un atelier de
     * transformation ?": a detail investors weigh (scope.yaml's details) asked of something the
     * cluster's files name (a place, a figure's subject, a category, a milestone). The sources
     * lack it, which is worth a contact, not a decline.
     */
    private static boolean asksADetailOfTheCluster(Part part) {
        Named named = part.named();
        return !named.details().isEmpty() && named.scope() == Named.Scope.IN && (!named.places().isEmpty()
                || !named.figures().isEmpty() || !named.figureCues().isEmpty() || !named.categoryMentions().isEmpty()
                || !named.milestones().isEmpty());
    }

    /**
     * About the cluster, so worth a contact rather than a decline: its vocabulary, a name it knows,
     * a follow-up, or a figure of the knowledge quoted right ("the 2.9 million tonnes: which year?").
     */
    private static boolean inScope(Part part) {
        Named named = part.named();
        return named.scope() == Named.Scope.IN || RuleBook.recognises(part) || named.hasSubject()
                || part.followUp() || !named.details().isEmpty() && named.scope() != Named.Scope.OUT
                || named.scope() != Named.Scope.OUT && part.premises().stream().anyMatch(Premise::agrees);
    }
}
