package qc.alubot.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import qc.alubot.conversation.Source;
import qc.alubot.knowledge.Figure;
import qc.alubot.knowledge.KnowledgeBase;
import qc.alubot.knowledge.Milestone;
import qc.alubot.knowledge.Passage;
import qc.alubot.knowledge.Reply;
import qc.alubot.language.Language;
import qc.alubot.language.Sentences;
import qc.alubot.language.Texts;
import qc.alubot.understanding.Premise;

/**
 * The sentences of structured answers: a figure's or a milestone's statement word for word, a
 * premise confirmed or corrected, and the passage around it for context.
 */
final class Statements {

    /** A passage sentence whose words are mostly the statement's says nothing new. */
    private static final double REPEATS = 0.7;

    private Statements() {
    }

    static String of(Figure figure, Language language) {
        return figure.statement().in(language);
    }

    static String of(Milestone milestone, Language language) {
        return milestone.statement().in(language);
    }

    /** "No: Québec has eight aluminum smelters (not five)." or "Yes: …" for a yes/no question about a premise. */
    static String answering(Premise premise, String statement, Context context) {
        String fact = withoutFinalStop(statement);
        return premise.agrees() ? context.say(Reply.PREMISE_YES, "fact", fact)
                : context.say(Reply.PREMISE_NO, "fact", fact, "asserted", premise.asserted());
    }

    /** "Correction: Québec has eight aluminum smelters (not five)." */
    static String correcting(Premise premise, Context context) {
        Language language = context.language();
        if (premise.kind() == Premise.Kind.ORGANISATION) {
            var person = premise.person().get();
            var representative = premise.holder().get();
            return context.say(Reply.PREMISE_ORGANISATION, "name", person.name(), "organisation",
                    person.organisation() == null ? "" : person.organisation(), "asserted", representative.organisation(),
                    "holder", representative.name());
        }
        if (premise.kind() == Premise.Kind.TITLE) {
            var person = premise.person().get();
            var holder = premise.holder().get();
            String title = holder.role().in(language);
            boolean shared = context.knowledge().contacts().stream()
                    .filter(c -> c.role().in(language).equalsIgnoreCase(title)).count() > 1;
            return shared ? context.say(Reply.PREMISE_TITLE_SHARED, "name", person.name(), "role", person.role().in(language),
                    "asserted", title)
                    : context.say(Reply.PREMISE_TITLE, "name", person.name(), "role", person.role().in(language),
                    "asserted", title, "holder", holder.name());
        }
        String statement = premise.figure().map(f -> of(f, language))
                .orElseGet(() -> premise.milestone().map(m -> of(m, language)).orElse(""));
        return context.say(Reply.PREMISE_CORRECTED, "fact", withoutFinalStop(statement), "asserted", premise.asserted());
    }

    static String withoutFinalStop(String sentence) {
        String stripped = sentence.strip();
        return stripped.endsWith(".") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }

    /** The passage's sentences that add to the statement, as one paragraph; empty when none does. */
    static Optional<String> context(String statement, Passage passage) {
        Set<String> said = new HashSet<>(Texts.words(statement));
        List<String> more = Sentences.of(passage.body()).stream()
                .filter(sentence -> !sentence.contains("\n"))
                .filter(sentence -> {
                    List<String> words = Texts.words(sentence);
                    long repeated = words.stream().filter(said::contains).count();
                    return words.isEmpty() || repeated < REPEATS * words.size();
                })
                .toList();
        return more.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", more));
    }

    /** Where a premise's correction comes from: the figure's or milestone's passage, or the person's entry. */
    static List<Source> sources(Premise premise, Context context) {
        Language language = context.language();
        KnowledgeBase knowledge = context.knowledge();
        if (premise.figure().isPresent()) {
            var figure = premise.figure().get();
            return knowledge.passage(figure.passage(), language).map(p -> List.of(source(p, figure.source(), language, knowledge)))
                    .orElse(List.of());
        }
        if (premise.milestone().isPresent()) {
            var milestone = premise.milestone().get();
            return knowledge.passage(milestone.passage(), language)
                    .map(p -> List.of(source(p, milestone.source(), language, knowledge))).orElse(List.of());
        }
        return premise.holder().map(c -> List.of(new Source("contacts.yaml#" + c.id(), c.name(),
                knowledge.citation(c.source(), language)))).orElse(List.of());
    }

    static Source source(Passage passage, String source, Language language, KnowledgeBase knowledge) {
        return new Source(passage.id(), passage.title(), knowledge.citation(source, language));
    }
}
