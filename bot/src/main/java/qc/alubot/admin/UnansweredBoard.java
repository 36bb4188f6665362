package qc.alubot.admin;

import java.util.List;
import org.springframework.stereotype.Component;
import qc.alubot.logbook.AskedQuestion;
import qc.alubot.logbook.ConversationFilter;
import qc.alubot.logbook.QuestionGroups;
import qc.alubot.logbook.UnansweredQuestions;

/**
 * What the bot could not answer, as a list of work: repetitions merged by the database, similar
 * questions grouped, the most asked first, each with the passages that came closest.
 */
@Component
class UnansweredBoard {

    /** Distinct questions grouped at most: months of a busy bot, grouped in milliseconds. */
    static final int SAMPLE = 2_000;
    /** Groups per page: each looks up its nearest passages, so a page stays quick. */
    static final int PAGE_SIZE = 20;
    /** Nearest passages shown per group: the closest and the runners-up. */
    static final int NEAREST = 3;

    private final UnansweredQuestions questions;
    private final QuestionGroups grouping;
    private final QuestionTrial trial;

    UnansweredBoard(UnansweredQuestions questions, QuestionGroups grouping, QuestionTrial trial) {
        this.questions = questions;
        this.grouping = grouping;
        this.trial = trial;
    }

    /** One page of groups, with their nearest passages. */
    Board board(ConversationFilter filter, UnansweredQuestions.View view, int page) {
        List<AskedQuestion> sample = questions.newest(filter, view, SAMPLE);
        List<QuestionGroups.Group> groups = grouping.of(sample);
        int from = Math.min(groups.size(), page * PAGE_SIZE);
        List<Board.Entry> entries = groups.subList(from, Math.min(groups.size(), from + PAGE_SIZE)).stream()
                .map(this::entry).toList();
        long askings = sample.stream().mapToLong(AskedQuestion::count).sum();
        return new Board(entries, sample.size(), askings, groups.size(), sample.size() >= SAMPLE, page,
                from + PAGE_SIZE < groups.size());
    }

    /** The most asked open groups, for the dashboard (no passage look-up). */
    List<QuestionGroups.Group> top(ConversationFilter filter, int count) {
        List<QuestionGroups.Group> groups = grouping.of(questions.newest(filter, UnansweredQuestions.View.OPEN, SAMPLE));
        return groups.subList(0, Math.min(count, groups.size()));
    }

    private Board.Entry entry(QuestionGroups.Group group) {
        AskedQuestion lead = group.newest();
        return new Board.Entry(group, trial.nearest(lead.newest().question(), lead.newest().language(), NEAREST));
    }

    /**
     * A page of the list.
     *
     * @param distinct  distinct questions considered (at most {@link #SAMPLE}, the newest)
     * @param askings   how often they were asked in all
     * @param sampled   whether older questions were left out
     */
    record Board(List<Entry> entries, int distinct, long askings, int groups, boolean sampled, int page,
                 boolean hasNext) {

        /** A group and the passages nearest to its newest question. */
        record Entry(QuestionGroups.Group group, List<Candidate> nearest) {

            /** A passage now clears the bar: the knowledge may answer it since it was asked. */
            public boolean answerableNow() {
                return nearest.stream().anyMatch(Candidate::clears);
            }
        }

        public boolean hasPrevious() {
            return page > 0;
        }
    }
}
