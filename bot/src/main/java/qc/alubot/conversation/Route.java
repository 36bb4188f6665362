package qc.alubot.conversation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Which step answered: recorded with every answer, shown to staff, filtered on in the logbook. */
public enum Route {
    COMMAND, LANGUAGE, SMALLTALK, CONTACT, TEAM, BOARD, COMPANY_LIST, COMPANY_MEMBERSHIP, COMPARISON, FIGURE, TIMELINE,
    RETRIEVAL, FALLBACK,
    /** A message asking several things, answered part by part by different steps. */
    COMPOUND;

    /** The name stored and shown: {@code company-list}, {@code retrieval}… */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Route> parse(String id) {
        return Arrays.stream(values()).filter(route -> route.id().equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id();
    }
}
