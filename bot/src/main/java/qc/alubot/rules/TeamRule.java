package qc.alubot.rules;

import qc.alubot.conversation.Route;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import qc.alubot.conversation.Draft;
import qc.alubot.conversation.Source;
import qc.alubot.understanding.Asked;
import qc.alubot.understanding.Part;
import qc.alubot.knowledge.Contact;
import qc.alubot.knowledge.KnowledgeBase;
import qc.alubot.knowledge.Reply;
import qc.alubot.language.Language;

/** "Who is on the AVS team?", "Qui travaille chez AVS ?": the team with titles and contact details. */
final class TeamRule extends DirectoryRule {

    private static final List<String> WORDS = List.of("team", "staff", "people at", "who works", "equipe",
            "personnel", "qui travaille");



    TeamRule() {
        super(Route.TEAM, WORDS);
    }

    @Override
    public Draft apply(Part part, Situation situation) {
        return directory(situation);
    }

    static Draft directory(Situation situation) {
        KnowledgeBase knowledge = situation.knowledge();
        Language language = situation.language();
        List<String> blocks = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        blocks.add(knowledge.replies().say(language, Reply.TEAM_INTRO, "organisation", knowledge.defaultContact().organisation()));
        for (Contact contact : knowledge.contacts()) {
            if (contact.group() == Contact.Group.TEAM) {
                List<String> lines = new ArrayList<>();
                lines.add("• " + contact.name() + " — " + contact.role().in(language));
                ContactCards.details(contact, language, knowledge.replies()).forEach(detail -> lines.add("  " + detail));
                blocks.add(String.join("\n", lines));
                if (sources.isEmpty()) {
                    sources.add(ContactCards.source(contact, language, knowledge));
                }
            }
        }
        String intro = blocks.remove(0);
        String title = knowledge.replies().say(language, Reply.TEAM_NAME, "organisation", knowledge.defaultContact().organisation());
        return Draft.fromRule(Route.TEAM, intro + "\n\n" + String.join("\n", blocks),
                List.of(new Source("contacts.yaml#team", title, sources.isEmpty() ? "" : sources.get(0).source())),
                Optional.empty());
    }
}
