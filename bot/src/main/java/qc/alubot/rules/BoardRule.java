package qc.alubot.rules;

import qc.alubot.conversation.Route;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import qc.alubot.conversation.Draft;
import qc.alubot.conversation.Source;
import qc.alubot.understanding.Part;
import qc.alubot.knowledge.Contact;
import qc.alubot.knowledge.KnowledgeBase;
import qc.alubot.knowledge.Reply;
import qc.alubot.language.Language;

/**
 * "Who is on the board?", "Qui sont les observateurs ?": the board of directors, each member
 * with their position and organisation, word for word.
 */
final class BoardRule extends DirectoryRule {

    static final List<String> WORDS = List.of("board", "boards", "board of directors", "directors", "conseil",
            "conseil d administration", "administration", "administrateurs", "administratrices", "administrateur",
            "administratrice", "board member", "board members", "observers",
            "observer", "observateurs", "observateur", "observatrices", "officers", "dirigeants", "governance",
            "gouvernance", "du ca", "au ca", "le ca", "ca avs", "ca sva", "ca de avs", "ca de la sva");
    private static final List<String> OBSERVER_WORDS = List.of("observers", "observer", "observateurs", "observateur",
            "observatrices", "observatrice");



    BoardRule() {
        super(Route.BOARD, WORDS);
    }

    @Override
    public Draft apply(Part part, Situation situation) {
        KnowledgeBase knowledge = situation.knowledge();
        Language language = situation.language();
        boolean observersOnly = part.analyzed().hasAnyPhrase(OBSERVER_WORDS);
        Predicate<Contact> shown = c -> c.group() == Contact.Group.BOARD
                && (!observersOnly || c.role().en().equalsIgnoreCase("observer"));
        List<String> lines = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        String organisation = knowledge.defaultContact().organisation();
        for (Contact contact : knowledge.contacts()) {
            if (shown.test(contact)) {
                lines.add("• " + contact.name() + " — " + contact.role().in(language)
                        + (contact.organisation() == null ? "" : ", " + contact.organisation()));
                if (sources.isEmpty()) {
                    sources.add(new Source("contacts.yaml#board", knowledge.replies().say(language, Reply.BOARD_NAME, "organisation", organisation),
                            knowledge.citation(contact.source(), language)));
                }
            }
        }
        String intro = knowledge.replies().say(language, Reply.BOARD_INTRO, "organisation", organisation);
        String body = intro + "\n\n" + String.join("\n", lines);
        Optional<Reply> missing = Persons.contactDetailNoneHas(part, knowledge.contacts().stream().filter(shown).toList());
        if (missing.isEmpty()) {
            return Draft.fromRule(name(), body, sources, Optional.empty());
        }
        Contact via = knowledge.defaultContact();
        String gap = knowledge.replies().say(language, Reply.BOARD_NO_DETAIL, "detail", knowledge.replies().say(language, missing.get()));
        return Draft.fromRule(name(), body + "\n\n" + gap + "\n" + RuleBook.card(via, language, knowledge), sources,
                Optional.of(via.id()));
    }
}
