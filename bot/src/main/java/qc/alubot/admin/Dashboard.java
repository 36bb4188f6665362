package qc.alubot.admin;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import qc.alubot.conversation.Outcome;
import qc.alubot.logbook.Activity;
import qc.alubot.logbook.QuestionGroups;

/**
 * How the bot is doing over a period, as the dashboard shows it.
 *
 * @param unanswered the most asked open groups of unanswered questions in the period
 */
record Dashboard(LocalDate first, LocalDate last, Activity activity, DailyChart chart, Split languages,
                 Split channels, List<QuestionGroups.Group> unanswered) {

    /** Latency percentiles shown: the typical answer, the slow tail, the worst but a few. */
    static final List<Integer> PERCENTILES = List.of(50, 90, 99);

    static Dashboard of(PeriodForm.Period period, Activity activity, List<QuestionGroups.Group> unanswered, ZoneId zone) {
        return new Dashboard(period.first(), period.last(), activity,
                DailyChart.of(activity, period.first(), period.last(), zone),
                Split.of("dashboard.languages", activity.byLanguage(), "language."),
                Split.of("dashboard.channels", activity.byChannel(), "channel."), unanswered);
    }

    /** Share of questions with this outcome, as a whole percentage. */
    public long percent(Outcome outcome) {
        long questions = activity.questions();
        return questions == 0 ? 0 : Math.round(100.0 * activity.count(outcome) / questions);
    }

    public long noAnswerPercent() {
        return percent(Outcome.NO_ANSWER);
    }

    public long declinedPercent() {
        return percent(Outcome.DECLINED);
    }

    public List<Split> splits() {
        return List.of(languages, channels);
    }

    /** The outcomes in the order the bars stack them, for the legend. */
    public List<Outcome> stack() {
        return DailyChart.STACK;
    }

    public long answeredPercent() {
        return Math.round(100 * activity.answeredShare());
    }

    public long ratedPercent() {
        return Math.round(100 * activity.ratedShare());
    }

    public long helpfulPercent() {
        return Math.round(100 * activity.helpfulShare());
    }

    public List<Integer> percentiles() {
        return PERCENTILES;
    }

    public long latency(int percentile) {
        return activity.latencyPercentile(percentile);
    }

    /** One day's counts, for the table under the charts. */
    record Day(LocalDate day, long answered, long noAnswer, long declined, long conversation) {

        public long questions() {
            return answered + noAnswer + declined;
        }

        public long answeredPercent() {
            return questions() == 0 ? 0 : Math.round(100.0 * answered / questions());
        }
    }

    /** Every day of the period, newest first. */
    public List<Day> days() {
        return activity.daily(first, last).descendingMap().entrySet().stream().map(e -> new Day(e.getKey(),
                e.getValue().getOrDefault(Outcome.ANSWERED, 0L), e.getValue().getOrDefault(Outcome.NO_ANSWER, 0L),
                e.getValue().getOrDefault(Outcome.DECLINED, 0L), e.getValue().getOrDefault(Outcome.CONVERSATION, 0L)))
                .toList();
    }

    public long slowest() {
        return activity.latencies().isEmpty() ? 0 : activity.latencies().lastKey();
    }
}
