package qc.alubot.rules;

import qc.alubot.conversation.Route;

import java.util.List;
import qc.alubot.conversation.Draft;
import qc.alubot.knowledge.Contact;
import qc.alubot.understanding.Asked;
import qc.alubot.understanding.Part;

/**
 * "Who is the general director?", "Qui est la présidente du conseil ?", "development manager
 * email": a title named, answered with the people who hold it. A title many hold ("board
 * member") or a plural question about a title ("Qui sont les observateurs ?") is a directory
 * question, left to the board rule; "Who are the chair, vice-chair and secretary-treasurer?" names
 * three titles and gets their three holders. A title that names a field
 * ("Transformation de l'aluminium") only counts when the question asks about a person.
 */
final class RoleRule implements Rule {

    @Override
    public Route name() {
        return Route.CONTACT;
    }

    @Override
    public boolean appliesTo(Part part, Situation situation) {
        List<Contact> found = holders(part);
        int holders = found.size();
        boolean oneTitle = found.stream().map(c -> c.role().en()).distinct().count() == 1;
        boolean directory = holders > 1 && oneTitle && part.asks(Asked.LIST);
        return holders > 0 && holders <= ContactAnswers.MAX_CARDS && !directory && Persons.named(part).isEmpty()
                && !Persons.ofAnotherOrganisation(part, found, situation.knowledge())
                && !part.asks(Asked.COUNT) && (!part.asksForAValue() || part.asks(Asked.WHO)) // "quel poids … représente-t-elle": a share
                && (part.asksAny(Persons.ABOUT_A_PERSON) || part.asks(Asked.HANDLES)
                || part.named().onlyRole());
    }

    @Override
    public Draft apply(Part part, Situation situation) {
        return ContactAnswers.about(name(), holders(part), part, situation);
    }

    /** "The observer from Réseau Trans-Al": of those holding the title, the one from the organisation named. */
    private static List<Contact> holders(Part part) {
        List<Contact> holders = part.named().roleHolders();
        List<Contact> fromThere = holders.stream().filter(part.named().representatives()::contains).toList();
        return fromThere.isEmpty() ? holders : fromThere;
    }
}
