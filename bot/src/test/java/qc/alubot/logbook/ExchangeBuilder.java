package qc.alubot.logbook;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import qc.alubot.conversation.Channel;
import qc.alubot.conversation.Feedback;
import qc.alubot.conversation.Outcome;
import qc.alubot.language.Language;

/** Exchanges as tests need them: a plausible answered Telegram question unless told otherwise. */
final class ExchangeBuilder {

    private String id = UUID.randomUUID().toString();
    private Instant at = LogbookFixture.START;
    private Channel channel = Channel.TELEGRAM;
    private String userRef = "user-1";
    private String chatRef = "chat-1";
    private Language language = Language.EN;
    private String question = "How many smelters are there in Québec?";
    private String answer = "Québec has eight aluminum smelters.";
    private String route = "retrieval";
    private Outcome outcome = Outcome.ANSWERED;
    private Feedback feedback;
    private String note = "";
    private long latencyMillis = 3;
    private String version = "aadd9d561a9c";

    static ExchangeBuilder exchange() {
        return new ExchangeBuilder();
    }

    ExchangeBuilder id(String value) {
        id = value;
        return this;
    }

    ExchangeBuilder at(Instant value) {
        at = value;
        return this;
    }

    ExchangeBuilder ago(Duration value) {
        at = LogbookFixture.START.minus(value);
        return this;
    }

    ExchangeBuilder channel(Channel value) {
        channel = value;
        return this;
    }

    ExchangeBuilder user(String value) {
        userRef = value;
        return this;
    }

    ExchangeBuilder chat(String value) {
        chatRef = value;
        return this;
    }

    ExchangeBuilder language(Language value) {
        language = value;
        return this;
    }

    ExchangeBuilder question(String value) {
        question = value;
        return this;
    }

    ExchangeBuilder answer(String value) {
        answer = value;
        return this;
    }

    ExchangeBuilder unanswered(Outcome value) {
        route = "fallback";
        outcome = value;
        return this;
    }

    ExchangeBuilder route(String value) {
        route = value;
        return this;
    }

    ExchangeBuilder feedback(Feedback value) {
        feedback = value;
        return this;
    }

    ExchangeBuilder outcome(Outcome value) {
        outcome = value;
        return this;
    }

    ExchangeBuilder latency(long millis) {
        latencyMillis = millis;
        return this;
    }

    ExchangeBuilder version(String value) {
        version = value;
        return this;
    }

    ExchangeBuilder note(String value) {
        note = value;
        return this;
    }

    Exchange build() {
        return new Exchange(id, at, channel, userRef, chatRef, "private", language, question, answer, route, outcome,
                outcome == Outcome.ANSWERED ? 0.83 : 0.2, outcome == Outcome.ANSWERED ? List.of("smelters-output") : List.of(),
                latencyMillis, version, note, feedback);
    }

    Pending.Record pending() {
        return new Pending.Record(build());
    }
}
