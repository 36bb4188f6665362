package qc.alubot.api;

import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns API failures into JSON errors: the caller's mistakes as 400s, ours as 500s with an id to find in the log. */
@RestControllerAdvice(assignableTypes = AskController.class)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(BadRequest.class)
    ResponseEntity<Map<String, String>> badRequest(BadRequest e) {
        return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<Map<String, String>> failure(RuntimeException e) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        log.error("Answering an API question failed (error id {})", id, e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
                .body(Map.of("error", "The bot could not answer because of an internal error (id " + id
                        + "). It has been logged; please try again."));
    }
}
