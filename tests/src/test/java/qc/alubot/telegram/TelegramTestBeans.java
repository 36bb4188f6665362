package qc.alubot.telegram;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import qc.alubot.answer.Composer;
import qc.alubot.answer.ExtractiveComposer;
import qc.alubot.answer.FeedbackListener;
import qc.alubot.answer.PersonalDataEraser;
import qc.alubot.conversation.Asker;
import qc.alubot.conversation.Draft;
import qc.alubot.conversation.Feedback;

/**
 * Doubles of the answer engine's ports for the channel tests: a composer that can write what
 * an LLM might (very long answers, markup in the text), and listeners that record what the
 * channel tells them.
 */
@TestConfiguration
class TelegramTestBeans {

    /** Asked "…in full detail", writes a 10,000-character answer; asked "…verbatim markup", puts hostile HTML in it. */
    static final class ExaggeratingComposer implements Composer {
        static final String LONG = "in full detail";
        static final String HOSTILE = "verbatim markup";
        static final String HOSTILE_TEXT = "Smelters <b>eight</b> & counting <script>alert('x')</script> a < b > c";
        private final ExtractiveComposer extractive = new ExtractiveComposer();

        @Override
        public Draft compose(Request request, qc.alubot.answer.Evidence evidence) {
            Draft draft = extractive.compose(request, evidence);
            if (request.text().contains(LONG)) {
                return withBody(draft, longBody());
            }
            return request.text().contains(HOSTILE) ? withBody(draft, HOSTILE_TEXT + "\n\n" + draft.body()) : draft;
        }

        /** 20 paragraphs of 499 characters: 10,000 characters with the blank lines between them. */
        static String longBody() {
            return IntStream.range(0, 20).mapToObj(i -> ("Paragraph " + (100 + i) + " " + "x".repeat(485)).substring(0, 499))
                    .collect(Collectors.joining("\n\n")) + "\n\n" + "end";
        }

        private static Draft withBody(Draft draft, String body) {
            return new Draft(draft.route(), draft.outcome(), body, draft.sources(), draft.confidence(), draft.contactId(),
                    draft.passageId(), draft.topicQuestion(), draft.related(), draft.note());
        }
    }

    static final class RecordingFeedback implements FeedbackListener {
        final Map<String, Feedback> received = new ConcurrentHashMap<>();

        @Override
        public void feedback(String exchangeId, Feedback feedback) {
            received.put(exchangeId, feedback);
        }
    }

    /** Deletes nothing, says it deleted 3 records, and remembers who asked. */
    static final class RecordingEraser implements PersonalDataEraser {
        final List<Asker> asked = new CopyOnWriteArrayList<>();

        @Override
        public int forget(Asker asker) {
            asked.add(asker);
            return 3;
        }
    }

    /** Primary over the application's extractive composer, which it wraps. */
    @Bean
    @Primary
    Composer exaggeratingComposer() {
        return new ExaggeratingComposer();
    }

    @Bean
    RecordingFeedback recordingFeedback() {
        return new RecordingFeedback();
    }

    @Bean
    RecordingEraser recordingEraser() {
        return new RecordingEraser();
    }
}
