package qc.alubot.logbook;

import java.time.Instant;
import qc.alubot.conversation.Feedback;

/** What waits in the buffer for the database, in the order it happened. */
sealed interface Pending {

    /** A new exchange to insert. */
    record Record(Exchange exchange) implements Pending {
    }

    /** An investor's rating of an exchange recorded earlier (or waiting just before it in the buffer). */
    record Rating(String exchangeId, Feedback feedback, Instant at) implements Pending {
    }

    /** Whether this entry is about the person or conversation with these pseudonyms (for /forget). */
    default boolean concerns(String userRef, String chatRef) {
        if (!(this instanceof Record record)) {
            return false;
        }
        Exchange exchange = record.exchange();
        return userRef != null ? userRef.equals(exchange.userRef()) : chatRef != null && chatRef.equals(exchange.chatRef());
    }
}
