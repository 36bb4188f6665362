package qc.alubot.understanding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import qc.alubot.language.AnalyzedText;
import qc.alubot.language.AnalyzerCache;
import qc.alubot.language.Analyzers;
import qc.alubot.language.Language;
import qc.alubot.language.Texts;

/**
 * One question of a message: "How many smelters and who runs them?" has two parts. Every step
 * answers a part from this reading; none reads the raw text again.
 *
 * @param text        the part as the investor wrote it (markup removed)
 * @param analyzed    its words and stemmed terms
 * @param asked       what it asks for: a count, a date, a person, a list…
 * @param named       what it names, completed from the conversation's topic when it is a follow-up
 * @param premises    facts it takes for granted, checked against the knowledge
 * @param searchText  what retrieval searches for: the text, preceded by the topic for a follow-up
 * @param followUp    whether it was completed from an earlier question ("and in 2005?")
 * @param bySetting   whether what completed it was a statement of the same message ("My husband took
 *                    a job at a smelter. Which neighbourhoods should we look at?"), not a question
 */
public record Part(String text, AnalyzedText analyzed, Set<Asked> asked, Named named, List<Premise> premises,
                   String searchText, boolean followUp, boolean bySetting) {

    public Part {
        asked = Set.copyOf(asked);
        premises = List.copyOf(premises);
    }

    public boolean asks(Asked kind) {
        return asked.contains(kind);
    }

    public boolean asksAny(Set<Asked> kinds) {
        return kinds.stream().anyMatch(asked::contains);
    }

    public boolean asksAny(Asked... kinds) {
        for (Asked kind : kinds) {
            if (asked.contains(kind)) {
                return true;
            }
        }
        return false;
    }

    /** Whether it asks for a value: how many, how much, what share, what goal, which period, how often. */
    public boolean asksForAValue() {
        return asksAny(Asked.FOR_A_FIGURE);
    }

    /**
     * A detail the part asks for ("budget", "université") that {@code text} never mentions, as the
     * investor wrote it when the knowledge lists it in both languages ("président", not "president").
     */
    public Optional<String> detailNotIn(String text) {
        String said = Texts.wordLine(text) + Texts.wordLine(text.replace('-', ' ')); // "président" in "Vice-président"
        String asked = this.text.toLowerCase(Locale.ROOT);
        return named.details().stream().filter(detail -> !said.contains(Texts.wordLine(detail)) && !stemsIn(detail, text))
                .min(Comparator.comparing(detail -> !asked.contains(detail.toLowerCase(Locale.ROOT))));
    }

    /** "Funds" is told by a text saying "funding": every stem of the detail is in the text, in either language. */
    private static boolean stemsIn(String detail, String text) {
        for (Language language : Language.values()) {
            Analyzer analyzer = AnalyzerCache.get(language);
            List<String> wanted = Analyzers.terms(analyzer, detail);
            if (!wanted.isEmpty() && new java.util.HashSet<>(Analyzers.terms(analyzer, text)).containsAll(wanted)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What the part asks once the cluster's names it gives are taken out ("Is there a pediatric
     * endocrinologist in the Saguenay area?" asks about a doctor; "What's the electricity rate for
     * a smelter in Alma?" still asks an electricity rate): its places, companies, people and the
     * subjects the files count or date. The text as written for a follow-up, whose names may be
     * another question's.
     */
    public String withoutTheClustersNames() {
        if (followUp) {
            return text;
        }
        char[] kept = text.toCharArray();
        Stream.of(named.categoryMentions(), named.figures(), named.figureCues(), named.milestones(),
                        named.events()).flatMap(List::stream)
                .filter(m -> m.start() >= 0 && m.end() <= kept.length)
                .forEach(m -> Arrays.fill(kept, m.start(), m.end(), ' '));
        String result = new String(kept);
        List<String> names = new ArrayList<>(named.places());
        named.companies().forEach(c -> c.names().forEach(names::add));
        named.people().forEach(c -> names.add(c.name()));
        for (String name : names) {
            result = Pattern.compile("(?iu)(?<![\\p{L}\\d])" + Pattern.quote(name)
                    + "(?![\\p{L}\\d])").matcher(result).replaceAll(" ");
        }
        return result.replaceAll("\\s+", " ").strip();
    }

    /**
     * Whether the part, completed by a statement before it, points at what that statement said:
     * "Describe that rebate." means the rebate just described; "Which rental agency puts winter
     * tires on its cars?" asks about rental agencies whatever the sentence before it said.
     */
    public boolean pointsAtItsSetting() {
        return bySetting && FollowUp.refersBack(this);
    }

    /** The same part taking these for granted instead. */
    Part withPremises(List<Premise> taken) {
        return new Part(text, analyzed, asked, named, taken, searchText, followUp, bySetting);
    }

    /** Whether it is worded as a question ("Who won…", "…?"), not as a statement or an order given before one. */
    public boolean wordedAsAQuestion() {
        List<String> words = analyzed.words();
        return text.strip().endsWith("?") || !words.isEmpty() && Clauses.OPENERS.contains(words.get(0));
    }
}
