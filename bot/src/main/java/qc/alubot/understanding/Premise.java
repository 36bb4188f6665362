package qc.alubot.understanding;

import java.util.Optional;
import qc.alubot.knowledge.Contact;
import qc.alubot.knowledge.Figure;
import qc.alubot.knowledge.Milestone;

/**
 * A fact a question takes for granted ("Since Québec has five smelters…", "AVS, founded in 1999,
 * …", "Julien Gendron, the general director, …"), checked against the knowledge.
 *
 * @param asserted what the question says, as typed ("five", "1999", "general director")
 * @param agrees   whether the knowledge says the same; a premise it contradicts is corrected
 * @param figure   the figure it is about, if any
 * @param milestone the milestone it is about, if any
 * @param person   the person whose title it is about, if any
 * @param holder   for a title or an organisation, who actually holds it or represents it
 */
public record Premise(String asserted, boolean agrees, Optional<Figure> figure, Optional<Milestone> milestone,
                      Optional<Contact> person, Optional<Contact> holder, Kind kind) {

    /** What the premise is about. */
    public enum Kind { FIGURE, MILESTONE, TITLE, ORGANISATION }

    static Premise aboutFigure(Figure figure, String asserted, boolean agrees) {
        return new Premise(asserted, agrees, Optional.of(figure), Optional.empty(), Optional.empty(), Optional.empty(),
                Kind.FIGURE);
    }

    static Premise aboutMilestone(Milestone milestone, String asserted, boolean agrees) {
        return new Premise(asserted, agrees, Optional.empty(), Optional.of(milestone), Optional.empty(), Optional.empty(),
                Kind.MILESTONE);
    }

    /** A title given to someone who does not hold it; {@code asserted} is the holder's title. */
    static Premise aboutTitle(Contact person, Contact holder) {
        return new Premise(holder.role().en(), false, Optional.empty(), Optional.empty(), Optional.of(person),
                Optional.of(holder), Kind.TITLE);
    }

    /** A board member said to represent an organisation another member represents. */
    static Premise aboutOrganisation(Contact member, Contact representative) {
        return new Premise(representative.organisation(), false, Optional.empty(), Optional.empty(), Optional.of(member),
                Optional.of(representative), Kind.ORGANISATION);
    }

    /** The id of what the premise is about: a figure, a milestone or a person. */
    public String subjectId() {
        return figure.map(Figure::id).or(() -> milestone.map(Milestone::id)).or(() -> person.map(Contact::id)).orElse("");
    }
}
