package qc.alubot.api;

import java.util.List;
import qc.alubot.conversation.Answer;
import qc.alubot.conversation.Source;

/** The answer as the HTTP API returns it. */
record AskResponse(String answer, String language, String route, double confidence, List<Source> sources,
                   String sessionId, String outcome, String knowledgeVersion, List<String> related, String exchangeId) {

    static AskResponse of(Answer answer, String sessionId) {
        return new AskResponse(answer.text(), answer.language().code(), answer.route().id(),
                Math.round(answer.confidence() * 1000) / 1000.0, answer.sources(), sessionId,
                answer.outcome().name().toLowerCase().replace('_', '-'), answer.knowledgeVersion(), answer.related(),
                answer.id());
    }
}
