package qc.alubot.api;

import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import qc.alubot.edge.RequestTooLarge;

/**
 * Turns API failures into JSON errors: the caller's mistakes as 4xx saying what to fix, ours as
 * 500s with an id to find in the log (and no detail of the cause in the body).
 */
@RestControllerAdvice(assignableTypes = AskController.class)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(BadRequest.class)
    ResponseEntity<Map<String, String>> badRequest(BadRequest e) {
        return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler(AskRequests.UnsupportedBody.class)
    ResponseEntity<Map<String, String>> notJson(AskRequests.UnsupportedBody e) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler(RequestTooLarge.class)
    ResponseEntity<Map<String, String>> tooLarge(RequestTooLarge e) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).header("Connection", "close")
                .body(Map.of("error", "The request body is larger than " + e.limit() / 1024 + " KB, the most this "
                        + "address accepts. Send one question at a time."));
    }

    /** Errors too (a stack overflow in a bug): the caller still gets JSON, and the log the whole story. */
    @ExceptionHandler({RuntimeException.class, Error.class})
    ResponseEntity<Map<String, String>> failure(Throwable e) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        log.error("Answering an API question failed (error id {})", id, e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
                .body(Map.of("error", "The bot could not answer because of an internal error (id " + id
                        + "). It has been logged; please try again."));
    }
}
