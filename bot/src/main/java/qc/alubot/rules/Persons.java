package qc.alubot.rules;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;
import qc.alubot.knowledge.Contact;
import qc.alubot.knowledge.Reply;
import qc.alubot.knowledge.KnowledgeBase;
import qc.alubot.language.Texts;
import qc.alubot.understanding.Asked;
import qc.alubot.understanding.Part;

/** How the rules read a part's people: who is named, and whether it asks about a person or a group. */
final class Persons {

    /** What one asks about a person: who they are, how to reach them, what they do, whom they represent. */
    static final Set<Asked> ABOUT_A_PERSON = EnumSet.of(Asked.WHO, Asked.EMAIL, Asked.PHONE, Asked.CONTACT, Asked.ROLE,
            Asked.BACKGROUND,
            Asked.ORGANISATION);

    private Persons() {
    }

    /** Someone named by full or last name, or by a unique first name in a question about a person. */
    static List<Contact> named(Part part) {
        return part.named().namedPeople(part.asksAny(ABOUT_A_PERSON));
    }

    /** A question about a group of people (the team, the board), not about one person or a count. */
    /** The e-mail or phone asked that none of these people has in the files ("the board members' e-mails"). */
    static Optional<Reply> contactDetailNoneHas(Part part, List<Contact> people) {
        if (part.asks(Asked.EMAIL) && people.stream().allMatch(c -> c.emailAddress().isEmpty())) {
            return Optional.of(Reply.DETAIL_EMAIL);
        }
        if (part.asks(Asked.PHONE) && people.stream().allMatch(c -> c.phoneNumber().isEmpty())) {
            return Optional.of(Reply.DETAIL_PHONE);
        }
        return Optional.empty();
    }

    /** "Which cluster is in charge of equipment makers?": an organisation asked for, not a person to call. */
    static boolean asksForAnOrganisation(Part part) {
        return part.asks(Asked.ORGANISATION) && !part.asksAny(Asked.WHO, Asked.CONTACT);
    }

    static boolean asksForDirectory(Part part) {
        return named(part).isEmpty() && !part.asks(Asked.COUNT);
    }

    /**
     * "Who is the CEO of AluQuébec?", "Qui est le président d'AluQuébec ?": a title at an organisation named that none of its holders
     * belongs to (they are Aluminium Valley Society's people, or represent their own organisation).
     */
    static boolean ofAnotherOrganisation(Part part, List<Contact> holders, KnowledgeBase knowledge) {
        Set<String> theirs = new HashSet<>();
        holders.stream().map(Contact::organisation).filter(Objects::nonNull).map(Texts::fold).forEach(theirs::add);
        knowledge.contacts().stream().filter(c -> c.group() == Contact.Group.TEAM)
                .map(Contact::organisation).filter(Objects::nonNull).map(Texts::fold).forEach(theirs::add);
        return part.named().companies().stream().anyMatch(c -> c.names().map(Texts::fold).noneMatch(theirs::contains));
    }
}
