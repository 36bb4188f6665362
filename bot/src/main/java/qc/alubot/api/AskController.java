package qc.alubot.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import java.util.UUID;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import qc.alubot.answer.AnswerService;
import qc.alubot.conversation.Answer;
import qc.alubot.conversation.Asker;
import qc.alubot.conversation.Channel;
import qc.alubot.conversation.Question;
import qc.alubot.language.Language;

/**
 * {@code POST /api/ask}: a question in, an answer with its route, confidence and sources out.
 * The body is parsed here rather than by the framework so that every kind of bad input gets
 * the same clear 400 message.
 */
@RestController
@RequestMapping("/api")
class AskController {

    /** Long enough for any real question with context; short enough to refuse pasted documents. */
    static final int MAX_QUESTION_LENGTH = 4_000;
    private static final int MAX_SESSION_ID_LENGTH = 200;
    private static final String EXAMPLE = "{\"question\": \"How many smelters are there in Québec?\"}";

    private final AnswerService answers;
    private final ObjectMapper json;

    AskController(AnswerService answers, ObjectMapper json) {
        this.answers = answers;
        this.json = json;
    }

    @PostMapping("/ask")
    AskResponse ask(@RequestBody(required = false) String body) {
        AskRequest request = parse(body);
        String sessionId = sessionId(request);
        Question question = new Question(request.question(), sessionId, Channel.HTTP, language(request), Optional.empty(),
                new Asker(null, sessionId, "http"));
        Answer answer = answers.answer(question);
        return AskResponse.of(answer, sessionId);
    }

    private AskRequest parse(String body) {
        if (body == null || body.isBlank()) {
            throw new BadRequest("The request body is empty. Send JSON like " + EXAMPLE);
        }
        AskRequest request;
        try {
            request = json.readValue(body, AskRequest.class);
        } catch (JsonProcessingException e) {
            throw new BadRequest("The request body is not valid JSON (" + e.getOriginalMessage() + "). Send JSON like " + EXAMPLE);
        }
        if (request == null || request.question() == null || request.question().isBlank()) {
            throw new BadRequest("'question' is missing or empty. Send JSON like " + EXAMPLE);
        }
        if (request.question().length() > MAX_QUESTION_LENGTH) {
            throw new BadRequest("'question' is " + request.question().length() + " characters long; the limit is "
                    + MAX_QUESTION_LENGTH + ". Ask one question at a time.");
        }
        return request;
    }

    private static String sessionId(AskRequest request) {
        if (request.sessionId() == null || request.sessionId().isBlank()) {
            return UUID.randomUUID().toString();
        }
        if (request.sessionId().length() > MAX_SESSION_ID_LENGTH) {
            throw new BadRequest("'sessionId' is longer than " + MAX_SESSION_ID_LENGTH + " characters.");
        }
        return request.sessionId();
    }

    private static Optional<Language> language(AskRequest request) {
        if (request.language() == null || request.language().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Language.parse(request.language()).filter(l -> l.code().equalsIgnoreCase(request.language()))
                .orElseThrow(() -> new BadRequest("'language' must be \"en\" or \"fr\", not \"" + request.language()
                        + "\". Leave it out to answer in the question's language.")));
    }
}
