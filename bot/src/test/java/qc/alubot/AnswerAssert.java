package qc.alubot;

import org.assertj.core.api.AbstractAssert;
import qc.alubot.conversation.Answer;
import qc.alubot.conversation.Outcome;
import qc.alubot.conversation.Source;
import qc.alubot.language.Language;

/** Assertions in the bot's own terms: where an answer came from, what it cites, what it says. */
public final class AnswerAssert extends AbstractAssert<AnswerAssert, Answer> {

    private AnswerAssert(Answer actual) {
        super(actual, AnswerAssert.class);
    }

    public static AnswerAssert assertThat(Answer actual) {
        return new AnswerAssert(actual);
    }

    public AnswerAssert cameFromRoute(String route) {
        isNotNull();
        if (!actual.route().id().equals(route)) {
            failWithMessage("Expected route <%s> but was <%s> for answer:%n%s", route, actual.route(), actual.text());
        }
        return this;
    }

    public AnswerAssert hasOutcome(Outcome outcome) {
        isNotNull();
        if (actual.outcome() != outcome) {
            failWithMessage("Expected outcome <%s> but was <%s> (route %s) for answer:%n%s", outcome, actual.outcome(),
                    actual.route(), actual.text());
        }
        return this;
    }

    public AnswerAssert isInLanguage(Language language) {
        isNotNull();
        if (actual.language() != language) {
            failWithMessage("Expected an answer in <%s> but it was in <%s>:%n%s", language, actual.language(), actual.text());
        }
        return this;
    }

    public AnswerAssert citesSource(String sourceId) {
        isNotNull();
        if (actual.sources().stream().map(Source::id).noneMatch(sourceId::equals)) {
            failWithMessage("Expected the answer to cite <%s> but it cites %s:%n%s", sourceId,
                    actual.sources().stream().map(Source::id).toList(), actual.text());
        }
        return this;
    }

    public AnswerAssert says(String... fragments) {
        isNotNull();
        for (String fragment : fragments) {
            if (!actual.text().contains(fragment)) {
                failWithMessage("Expected the answer to say <%s> but it was:%n%s", fragment, actual.text());
            }
        }
        return this;
    }

    public AnswerAssert leadsWith(String fragment) {
        isNotNull();
        String lead = actual.body().split("\n\n")[0];
        if (!lead.contains(fragment)) {
            failWithMessage("Expected the lead sentence to contain <%s> but it was:%n%s", fragment, lead);
        }
        return this;
    }

    public AnswerAssert doesNotSay(String... fragments) {
        isNotNull();
        for (String fragment : fragments) {
            if (actual.text().contains(fragment)) {
                failWithMessage("Expected the answer not to say <%s> but it was:%n%s", fragment, actual.text());
            }
        }
        return this;
    }
}
