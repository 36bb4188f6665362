package qc.alubot.knowledge;

import java.util.List;
import java.util.Map;
import qc.alubot.language.Language;

/**
 * What the bot talks about, from {@code scope.yaml}.
 *
 * @param inScope    words and phrases that mark a question as being about the cluster
 * @param outOfScope topics the bot declines even when the cluster is mentioned (prices, weather…)
 * @param variants   groups of names for the same thing ("QC", "Québec"); a question using one
 *                   is searched with the group's first name too. Search aids, not facts.
 * @param details    details investors ask about a person or an organisation that the sources may
 *                   not give (an age, a budget, a revenue): when the passage lacks it, the answer says so
 * @param places     places other than Québec as a whole (a region, a city): the cluster's figures
 *                   are for Québec, so a figure asked for one of these is a gap, said as such
 * @param declinedTopics the topics declined, described in a sentence each: a question closer in
 *                   meaning to one of them than to any passage is declined, whatever its words
 * @param referredTopics investors' subjects the sources do not cover but a person can help with
 *                   (grants, electricity, land, hiring), a sentence each: a question nearer one of
 *                   these than to any declined topic gets "I don't have that" and a contact, not a decline
 */
public record Scope(Map<Language, List<String>> inScope, Map<Language, List<String>> outOfScope,
                    List<List<String>> variants, Map<Language, List<String>> details,
                    Map<Language, List<String>> places, Map<Language, List<String>> declinedTopics,
                    Map<Language, List<String>> referredTopics) {

    public Scope {
        variants = variants.stream().map(List::copyOf).toList();
        inScope = Map.copyOf(inScope);
        outOfScope = Map.copyOf(outOfScope);
        details = Map.copyOf(details);
        places = Map.copyOf(places);
        declinedTopics = Map.copyOf(declinedTopics);
        referredTopics = Map.copyOf(referredTopics);
    }

    /** Every declined topic, in both languages. */
    public List<String> allDeclinedTopics() {
        return declinedTopics.values().stream().flatMap(List::stream).toList();
    }

    /** Every referred topic, in both languages. */
    public List<String> allReferredTopics() {
        return referredTopics.values().stream().flatMap(List::stream).toList();
    }

    public static Scope empty() {
        return new Scope(Map.of(), Map.of(), List.of(), Map.of(), Map.of(), Map.of(), Map.of());
    }
}
