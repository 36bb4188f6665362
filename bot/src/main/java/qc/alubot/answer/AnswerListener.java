package qc.alubot.answer;

import java.time.Duration;
import qc.alubot.conversation.Answer;
import qc.alubot.conversation.Question;

/**
 * Told of every answer after it is made (the logbook records them). Must return quickly and
 * never throw into the answer path: a failing listener is logged and skipped.
 */
public interface AnswerListener {

    void answered(Question question, Answer answer, Duration latency);
}
