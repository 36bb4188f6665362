package qc.alubot.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import qc.alubot.conversation.Draft;
import qc.alubot.conversation.Outcome;
import qc.alubot.conversation.Route;
import qc.alubot.conversation.Source;
import qc.alubot.knowledge.Contact;
import qc.alubot.knowledge.KnowledgeBase;
import qc.alubot.knowledge.Passage;
import qc.alubot.knowledge.Reply;
import qc.alubot.language.Language;
import qc.alubot.language.Sentences;
import qc.alubot.language.Texts;
import qc.alubot.understanding.Asked;
import qc.alubot.understanding.Part;

/** The answer about one or a few people: their cards, what the sources lack, and who they are. */
final class ContactAnswers {

    /** More cards than this stop being an answer and become a directory: the team and board rules list those. */
    static final int MAX_CARDS = 4;

    private ContactAnswers() {
    }

    static Draft about(Route route, List<Contact> contacts, Part part, Situation situation) {
        KnowledgeBase knowledge = situation.knowledge();
        Language language = situation.language();
        List<Contact> shown = contacts.subList(0, Math.min(MAX_CARDS, contacts.size()));
        List<String> blocks = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        for (Contact contact : shown) {
            List<String> lines = new ArrayList<>();
            missingDetail(contact, part, language, knowledge).ifPresent(lines::add);
            lines.add(ContactCards.card(contact, language, knowledge));
            blocks.add(String.join("\n", lines));
            sources.add(ContactCards.source(contact, language, knowledge));
        }
        boolean gap = false;
        if (shown.size() == 1) {
            Contact person = shown.get(0);
            Optional<Passage> profile = profile(person, language, knowledge);
            boolean profiled = wantsProfile(part);
            if (profiled) {
                profile.ifPresent(passage -> {
                    blocks.add(part.asks(Asked.BACKGROUND) ? passage.body().strip() : beyondTitle(passage, person.role().in(language)));
                    sources.add(new Source(passage.id(), passage.title(), knowledge.citation(passage.source(), language)));
                });
            }
            Optional<String> lacking = profiled && part.asks(Asked.BACKGROUND) ? backgroundGap(person, profile, part, situation)
                    : Optional.empty();
            if (lacking.isEmpty() && !part.asksAny(Asked.EMAIL, Asked.PHONE, Asked.CONTACT)) {
                // "What does the general director earn?", "when did she step into the role?": the card and the
                // profile say who she is, not her pay nor when she started
                String told = String.join(" ", blocks) + profile.map(passage -> " " + passage.body()).orElse("");
                lacking = part.detailNotIn(told)
                        .map(detail -> knowledge.replies().say(language, Reply.DETAIL_GAP, "detail", detail))
                        .or(() -> undated(part, told) ? Optional.of(knowledge.replies().say(language, Reply.WHEN_GAP))
                                : Optional.empty());
            }
            if (lacking.isPresent()) {
                blocks.add(0, lacking.get());
                gap = true;
            }
        }
        Optional<String> about = shown.size() == 1 ? Optional.of(shown.get(0).id()) : Optional.empty();
        Draft draft = Draft.fromRule(route, String.join("\n\n", blocks), sources, about);
        if (gap) {
            return draft.withOutcome(Outcome.NO_ANSWER);
        }
        // the card says who the person is, not the organisation asked for: the question stays unanswered
        return shown.stream().allMatch(c -> asksOrganisationNotGiven(c, part)) ? draft.withOutcome(Outcome.NO_ANSWER) : draft;
    }

    /** "How long has she been in the job?", "since when?": the card and the profile give no date. */
    private static boolean undated(Part part, String told) {
        return part.asksAny(Asked.WHEN, Asked.PERIOD) && !Texts.hasYear(told);
    }

    private static boolean wantsProfile(Part part) {
        return (part.asksAny(Asked.WHO, Asked.EXPLAIN, Asked.BACKGROUND) || part.named().onlyNames())
                && !part.asksAny(Asked.EMAIL, Asked.PHONE, Asked.CONTACT);
    }

    /**
     * "Quel est le parcours de Jérémie Cloutier ?" with no profile, "de quelle université…" when
     * the profile names none: the background asked is not in the sources, and the answer says so.
     */
    private static Optional<String> backgroundGap(Contact person, Optional<Passage> profile, Part part, Situation situation) {
        Language language = situation.language();
        if (profile.isEmpty()) {
            return Optional.of(situation.knowledge().replies().say(language, Reply.BACKGROUND_GAP, "name", person.name()));
        }
        return part.detailNotIn(profile.get().body())
                .map(detail -> situation.knowledge().replies().say(language, Reply.DETAIL_GAP, "detail", detail));
    }

    /** The profile's first sentence that says more than the title the card already shows. */
    private static String beyondTitle(Passage profile, String role) {
        List<String> sentences = Sentences.of(profile.body());
        return sentences.stream()
                .filter(sentence -> !sentence.toLowerCase().contains(role.toLowerCase()))
                .findFirst()
                .orElse(sentences.get(0));
    }

    private static Optional<Passage> profile(Contact contact, Language language, KnowledgeBase knowledge) {
        return Optional.ofNullable(contact.profile()).flatMap(id -> knowledge.passage(id, language));
    }

    /** "Which organisation does Yvan Rodrigue represent?" of a board member listed without one. */
    private static boolean asksOrganisationNotGiven(Contact contact, Part part) {
        return part.asks(Asked.ORGANISATION) && contact.group() == Contact.Group.BOARD && contact.organisation() == null;
    }

    /** "The sources give no phone number for Julien Gendron." when that is what was asked. */
    private static Optional<String> missingDetail(Contact contact, Part part, Language language,
                                                  KnowledgeBase knowledge) {
        return Persons.contactDetailNoneHas(part, List.of(contact))
                .or(() -> asksOrganisationNotGiven(contact, part) ? Optional.of(Reply.DETAIL_ORGANISATION) : Optional.empty())
                .map(detail -> knowledge.replies().say(language, Reply.NO_SUCH_DETAIL, "name", contact.name(),
                        "detail", knowledge.replies().say(language, detail)));
    }
}
