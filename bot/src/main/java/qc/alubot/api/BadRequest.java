package qc.alubot.api;

/** Input the API refuses, with a message that says how to fix it. */
class BadRequest extends RuntimeException {

    BadRequest(String message) {
        super(message);
    }
}
