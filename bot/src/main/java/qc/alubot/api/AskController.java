package qc.alubot.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
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
 * The body is read and parsed here rather than by the framework so that every kind of bad input
 * gets a clear JSON message: 400 for what is in the body, 415 for a body not sent as JSON, 405
 * for another method, 413 (from the body limit) for a body too large.
 */
@RestController
@RequestMapping("/api")
class AskController {

    static final int MAX_QUESTION_LENGTH = AskRequests.MAX_QUESTION_LENGTH;

    private final AnswerService answers;
    private final AskRequests requests;

    AskController(AnswerService answers, ObjectMapper json) {
        this.answers = answers;
        this.requests = new AskRequests(json);
    }

    @PostMapping("/ask")
    AskResponse ask(HttpServletRequest http) throws IOException {
        AskRequests.requireJson(http.getContentType());
        AskRequest request = requests.parse(http.getInputStream().readAllBytes());
        String sessionId = request.sessionId() == null || request.sessionId().isBlank() ? UUID.randomUUID().toString()
                : request.sessionId();
        Question question = new Question(request.question(), sessionId, Channel.HTTP, language(request), Optional.empty(),
                new Asker(null, sessionId, "http"));
        Answer answer = answers.answer(question);
        return AskResponse.of(answer, sessionId);
    }

    /** Any other method: say what works instead of a bare 405. */
    @RequestMapping("/ask")
    ResponseEntity<Map<String, String>> otherMethod(HttpServletRequest http) {
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).header("Allow", "POST")
                .body(Map.of("error", http.getMethod() + " is not supported here: POST the question as JSON with "
                        + "'Content-Type: application/json', e.g. " + AskRequests.EXAMPLE));
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
