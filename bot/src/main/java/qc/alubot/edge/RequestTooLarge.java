package qc.alubot.edge;

/** A request body longer than its endpoint accepts, noticed while reading it (no or a false Content-Length). */
public final class RequestTooLarge extends RuntimeException {

    private final long limit;

    RequestTooLarge(long limit) {
        super("The request body is larger than " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
