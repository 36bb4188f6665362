package qc.alubot.llm;

/** Why the model gave no usable reply; never carries the API key or the endpoint's response body. */
final class LlmFailure extends RuntimeException {

    enum Kind {
        TIMEOUT("no reply within the timeout"),
        RATE_LIMITED("rate-limited by the endpoint (HTTP 429)"),
        SERVER_ERROR("server error at the endpoint (HTTP 5xx)"),
        REFUSED("request refused by the endpoint (HTTP 4xx): check BOT_LLM_API_KEY and BOT_LLM_MODEL"),
        UNREACHABLE("endpoint unreachable: check BOT_LLM_BASE_URL and that the server is up"),
        MALFORMED("reply not understood (not an OpenAI-style chat completion)"),
        EMPTY("empty reply (no choices or no text)"),
        CIRCUIT_OPEN("not called: the circuit is open after repeated failures"),
        BUSY("not called: too many LLM calls already in flight");

        private final String meaning;

        Kind(String meaning) {
            this.meaning = meaning;
        }

        String meaning() {
            return meaning;
        }
    }

    private final Kind kind;

    LlmFailure(Kind kind, String detail) {
        super(detail.isEmpty() ? kind.meaning() : kind.meaning() + " (" + detail + ")");
        this.kind = kind;
    }

    LlmFailure(Kind kind, String detail, Throwable cause) {
        this(kind, detail);
        initCause(cause);
    }

    Kind kind() {
        return kind;
    }

    /** Worth another attempt after a pause: the endpoint said it is busy or hit a passing fault. */
    boolean retriable() {
        return kind == Kind.RATE_LIMITED || kind == Kind.SERVER_ERROR;
    }

    /** Says something about the endpoint's health; our own refusals to call do not. */
    boolean endpointFault() {
        return kind != Kind.CIRCUIT_OPEN && kind != Kind.BUSY;
    }
}
