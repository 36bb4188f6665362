package qc.alubot.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PeriodFormTest {

    private static final ZoneId QUEBEC = ZoneId.of("America/Toronto");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void is_the_last_thirty_days_by_default_in_the_staff_time_zone() {
        PeriodForm.Period period = new PeriodForm(null, null, null).parse(QUEBEC, TODAY);
        assertThat(period.first()).isEqualTo(LocalDate.of(2026, 10, 24));
        assertThat(period.days()).isEqualTo(30);
        assertThat(period.filter().to()).isEqualTo(Instant.parse("2026-11-23T05:00:00Z"));
    }

    @Test
    void takes_typed_days_in_either_form_and_reports_others() {
        PeriodForm.Period period = new PeriodForm("01/11/2026", "2026-11-07", 90).parse(QUEBEC, TODAY);
        assertThat(period.first()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(period.last()).isEqualTo(LocalDate.of(2026, 11, 7));
        assertThat(new PeriodForm("yesterday", null, 7).parse(QUEBEC, TODAY).problems()).hasSize(1);
    }

    @Test
    void never_draws_more_than_its_longest_period() {
        assertThat(new PeriodForm("2020-01-01", null, null).parse(QUEBEC, TODAY).days()).isEqualTo(30);
        assertThat(new PeriodForm(null, null, 5_000).parse(QUEBEC, TODAY).days()).isEqualTo(PeriodForm.MAX_DAYS);
    }
}
