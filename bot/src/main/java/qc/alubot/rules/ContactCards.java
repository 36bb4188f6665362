package qc.alubot.rules;

import java.util.ArrayList;
import java.util.List;
import qc.alubot.conversation.Source;
import qc.alubot.knowledge.Contact;
import qc.alubot.knowledge.KnowledgeBase;
import qc.alubot.knowledge.Replies;
import qc.alubot.knowledge.Reply;
import qc.alubot.language.Language;

/** Contact details exactly as {@code contacts.yaml} gives them, laid out by the replies' wording. */
final class ContactCards {

    private ContactCards() {
    }

    /** Name and role, then every detail the sources give, or whom to go through instead. */
    static String card(Contact contact, Language language, KnowledgeBase knowledge) {
        Replies replies = knowledge.replies();
        List<String> lines = new ArrayList<>();
        lines.add(heading(contact, language, knowledge));
        lines.addAll(details(contact, language, replies));
        if (!contact.reachable()) {
            Contact via = knowledge.reachable(contact);
            if (via != contact) {
                lines.add(replies.say(language, Reply.NO_DIRECT_DETAILS, "name", contact.name(), "contact", inline(via, language, replies)));
            }
        }
        return String.join("\n", lines);
    }

    /** "Malika Cherry — General Director, Aluminium Valley Society". */
    static String heading(Contact contact, Language language, KnowledgeBase knowledge) {
        Replies replies = knowledge.replies();
        String organisation = contact.group() == Contact.Group.BOARD
                ? replies.say(language, Reply.BOARD_NAME, "organisation", knowledge.defaultContact().organisation())
                + (contact.organisation() == null ? "" : " (" + contact.organisation() + ")")
                : contact.organisation();
        return replies.say(language, Reply.CONTACT_CARD, "name", contact.name(), "role", contact.role().in(language),
                "organisation", organisation == null ? "" : organisation).replaceAll(",\\s*$", "");
    }

    static List<String> details(Contact contact, Language language, Replies replies) {
        List<String> lines = new ArrayList<>();
        contact.emailAddress().ifPresent(email -> lines.add(replies.say(language, Reply.EMAIL, "email", email)));
        contact.phoneNumber().ifPresent(phone -> lines.add(contact.extension() == null
                ? replies.say(language, Reply.PHONE, "phone", phone)
                : replies.say(language, Reply.PHONE_EXTENSION, "phone", phone, "extension", contact.extension())));
        return lines;
    }

    /** One line: "Malika Cherry, General Director: E-mail: … · Phone: …". */
    static String inline(Contact contact, Language language, Replies replies) {
        return contact.name() + ", " + contact.role().in(language) + " — " + String.join(" · ", details(contact, language, replies));
    }

    static Source source(Contact contact, Language language, KnowledgeBase knowledge) {
        return new Source("contacts.yaml#" + contact.id(), contact.name(), knowledge.citation(contact.source(), language));
    }
}
