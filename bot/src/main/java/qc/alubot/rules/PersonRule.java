package qc.alubot.rules;

import qc.alubot.conversation.Route;

import qc.alubot.conversation.Draft;
import qc.alubot.understanding.Asked;
import qc.alubot.understanding.Part;

/**
 * "Julien Gendron's email", "Who is Malika Cherry?", "Comment joindre Mme Cherry ?": a named
 * person with a question about who they are or how to reach them. Other questions about a
 * person (their background) are left to the passages.
 */
final class PersonRule implements Rule {

    @Override
    public Route name() {
        return Route.CONTACT;
    }

    @Override
    public boolean appliesTo(Part part, Situation situation) {
        return !Persons.named(part).isEmpty()
                && (part.asksAny(Persons.ABOUT_A_PERSON) || part.named().onlyNames());
    }

    @Override
    public Draft apply(Part part, Situation situation) {
        return ContactAnswers.about(name(), Persons.named(part), part, situation);
    }
}
