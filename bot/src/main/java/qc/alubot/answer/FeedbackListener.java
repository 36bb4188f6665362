package qc.alubot.answer;

import qc.alubot.conversation.Feedback;

/**
 * Told when an investor rates an answer, identified by {@link qc.alubot.conversation.Answer#id()}.
 * The logbook keeps it with the exchange. Must not throw into the channel.
 */
public interface FeedbackListener {

    void feedback(String exchangeId, Feedback feedback);
}
