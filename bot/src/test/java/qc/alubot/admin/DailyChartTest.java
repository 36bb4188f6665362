package qc.alubot.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import qc.alubot.conversation.Channel;
import qc.alubot.conversation.Outcome;
import qc.alubot.language.Language;
import qc.alubot.logbook.Activity;

class DailyChartTest {

    private static final ZoneId QUEBEC = ZoneId.of("America/Toronto");
    private static final LocalDate FIRST = LocalDate.of(2026, 11, 20);

    private static Activity.Tally tally(int day, Outcome outcome, long count) {
        return new Activity.Tally(FIRST.plusDays(day), outcome, Language.EN, Channel.HTTP, "v", count, 0, 0,
                FIRST.plusDays(day).atStartOfDay(QUEBEC).toInstant());
    }

    private final Activity activity = new Activity(List.of(tally(0, Outcome.ANSWERED, 3), tally(0, Outcome.NO_ANSWER, 1),
            tally(2, Outcome.ANSWERED, 1), tally(2, Outcome.CONVERSATION, 1)), new java.util.TreeMap<>(Map.of(3L, 6L)),
            List.of(new Activity.VersionSpan("old", Instant.parse("2026-10-01T12:00:00Z"), 3, 4),
                    new Activity.VersionSpan("new", Instant.parse("2026-11-22T15:00:00Z"), 1, 1)));
    private final DailyChart chart = DailyChart.of(activity, FIRST, FIRST.plusDays(2), QUEBEC);

    @Test
    void stacks_each_day_answers_first_scaled_to_the_busiest_day() {
        assertThat(chart.width()).isEqualTo(3 * DailyChart.SLOT);
        assertThat(chart.max()).isEqualTo(4);
        assertThat(chart.bars()).extracting(DailyChart.Bar::outcome).containsExactly(Outcome.ANSWERED, Outcome.NO_ANSWER,
                Outcome.ANSWERED, Outcome.CONVERSATION);
        DailyChart.Bar answered = chart.bars().get(0);
        assertThat(answered.height()).isEqualTo(75.0);
        assertThat(answered.y()).isEqualTo(25.0);
        assertThat(chart.bars().get(1).y()).isEqualTo(0.0);
    }

    @Test
    void draws_the_answered_share_only_on_days_with_questions() {
        assertThat(chart.shares()).extracting(DailyChart.Point::share).containsExactly(0.75, 1.0);
        assertThat(chart.sharePath()).isEqualTo("5.0,25.0 25.0,0.0");
    }

    @Test
    void marks_only_the_versions_that_went_into_service_during_the_period() {
        assertThat(chart.markers()).singleElement().satisfies(marker -> {
            assertThat(marker.version()).isEqualTo("new");
            assertThat(marker.x()).isEqualTo(2.0 * DailyChart.SLOT);
        });
    }
}
