package qc.alubot.logbook;

import java.time.Clock;
import java.time.Duration;
import org.springframework.dao.DataAccessException;
import qc.alubot.answer.AnswerListener;
import qc.alubot.answer.FeedbackListener;
import qc.alubot.answer.PersonalDataEraser;
import qc.alubot.conversation.Answer;
import qc.alubot.conversation.Asker;
import qc.alubot.language.PersonalDataMask;
import qc.alubot.conversation.Channel;
import qc.alubot.conversation.Feedback;
import qc.alubot.conversation.Question;
import qc.alubot.conversation.Source;

/**
 * The conversation logbook as the rest of the bot sees it: told of every answer and rating,
 * and asked to forget a person. Recording only pseudonymises, masks and enqueues, so it never
 * delays or breaks an answer; the writer stores in the background. Evaluation and benchmark
 * questions are not recorded: they are not investors, and would bury the real conversations.
 */
public class Logbook implements AnswerListener, FeedbackListener, PersonalDataEraser {

    private final LogbookBuffer buffer;
    private final LogbookWriter writer;
    private final Pseudonyms pseudonyms;
    private final boolean maskPersonalData;
    private final Clock clock;

    Logbook(LogbookBuffer buffer, LogbookWriter writer, Pseudonyms pseudonyms, boolean maskPersonalData, Clock clock) {
        this.buffer = buffer;
        this.writer = writer;
        this.pseudonyms = pseudonyms;
        this.maskPersonalData = maskPersonalData;
        this.clock = clock;
    }

    @Override
    public void answered(Question question, Answer answer, Duration latency) {
        if (question.channel() != Channel.EVALUATION && buffer.offer(new Pending.Record(exchange(question, answer, latency)))
                && writer.stopping()) {
            writer.flush(); // answered while shutting down, after the writer's last batch
        }
    }

    @Override
    public void feedback(String exchangeId, Feedback feedback) {
        buffer.offer(new Pending.Rating(exchangeId, feedback, clock.instant()));
    }

    /**
     * Deletes everything kept about this person: by their user id, or by the conversation for
     * channels without one. Their exchanges still waiting in memory are dropped first, so none
     * is written after the deletion.
     *
     * @throws IllegalStateException when the database cannot be reached: nothing stored was deleted, ask again later
     */
    @Override
    public int forget(Asker asker) {
        try {
            return writer.erase(pseudonyms.user(asker.userId()), pseudonyms.chat(asker.chatId()));
        } catch (DataAccessException e) {
            throw new IllegalStateException("The logbook database is unavailable, so the stored conversations could not "
                    + "be deleted; try again later", e);
        }
    }

    /** Writes what waits now, rather than within the second; false when the database is unavailable. */
    public boolean flush() {
        return writer.flush();
    }

    /** Exchanges and ratings waiting for the database. */
    public int waiting() {
        return buffer.size();
    }

    private Exchange exchange(Question question, Answer answer, Duration latency) {
        Asker asker = question.asker();
        String text = maskPersonalData ? PersonalDataMask.mask(question.text()) : question.text();
        return new Exchange(answer.id(), clock.instant().minus(latency), question.channel(),
                pseudonyms.user(asker.userId()), pseudonyms.chat(asker.chatId()), asker.chatType(), answer.language(),
                text, answer.text(), answer.route().id(), answer.outcome(), answer.confidence(),
                answer.sources().stream().map(Source::id).toList(), latency.toMillis(), answer.knowledgeVersion(),
                answer.note(), null);
    }
}
