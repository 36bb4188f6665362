package qc.alubot.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.util.Locale;

/**
 * Reads the body of {@code POST /api/ask} into a request, or says in plain words what to fix: never
 * a parser's own message, which names Java types and tokens a caller cannot act on.
 */
final class AskRequests {

    /** Long enough for any real question with context; short enough to refuse pasted documents. */
    static final int MAX_QUESTION_LENGTH = 4_000;
    static final int MAX_SESSION_ID_LENGTH = 200;
    static final String EXAMPLE = "{\"question\": \"How many smelters are there in Québec?\"}";
    private static final String SEND = " Send JSON like " + EXAMPLE;

    private final ObjectMapper json;

    AskRequests(ObjectMapper json) {
        this.json = json;
    }

    /** @throws UnsupportedBody when the body is not declared as JSON (curl -d sends a form unless told) */
    static void requireJson(String contentType) {
        if (!isJson(contentType)) {
            throw new UnsupportedBody("Send the question as JSON with the header 'Content-Type: application/json' "
                    + "(the request had " + (contentType == null ? "none" : "'" + contentType + "'") + ")." + SEND);
        }
    }

    /** {@code application/json} or {@code application/…+json}; parameters are ignored (JSON is UTF-8, RFC 8259). */
    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || type.startsWith("application/") && type.endsWith("+json");
    }

    AskRequest parse(byte[] body) {
        if (body.length == 0 || new String(body, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            throw new BadRequest("The request body is empty." + SEND);
        }
        AskRequest request = read(body);
        if (request == null || request.question() == null || request.question().isBlank()) {
            throw new BadRequest("'question' is missing or empty." + SEND);
        }
        int length = request.question().codePointCount(0, request.question().length());
        if (length > MAX_QUESTION_LENGTH) {
            throw new BadRequest("'question' is " + length + " characters long; the limit is " + MAX_QUESTION_LENGTH
                    + ". Ask one question at a time.");
        }
        String sessionId = request.sessionId();
        if (sessionId != null && sessionId.codePointCount(0, sessionId.length()) > MAX_SESSION_ID_LENGTH) {
            throw new BadRequest("'sessionId' is longer than " + MAX_SESSION_ID_LENGTH + " characters.");
        }
        return request;
    }

    private AskRequest read(byte[] body) {
        try {
            return json.readValue(body, AskRequest.class);
        } catch (UnrecognizedPropertyException e) {
            throw new BadRequest("'" + e.getPropertyName() + "' is not a field of a question: use 'question', and "
                    + "optionally 'sessionId' and 'language'." + SEND);
        } catch (JsonMappingException e) {
            throw new BadRequest(wrongShape(e) + SEND);
        } catch (JsonProcessingException e) {
            throw new BadRequest("The request body is not valid JSON" + where(e.getLocation()) + "." + SEND);
        } catch (IOException e) {
            throw new BadRequest("The request body could not be read." + SEND);
        }
    }

    private static String wrongShape(JsonMappingException e) {
        return e.getPath().isEmpty() || e.getPath().get(0).getFieldName() == null
                ? "The request body must be a JSON object."
                : "'" + e.getPath().get(0).getFieldName() + "' must be a string.";
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** A body not declared as JSON: answered 415 with how to send it. */
    static final class UnsupportedBody extends RuntimeException {
        UnsupportedBody(String message) {
            super(message);
        }
    }
}
