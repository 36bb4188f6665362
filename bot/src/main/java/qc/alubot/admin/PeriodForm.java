package qc.alubot.admin;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import qc.alubot.logbook.ConversationFilter;

/**
 * The dashboard's period as chosen: the last {@code days} days by default, or the days typed
 * ({@code yyyy-mm-dd} or {@code dd/mm/yyyy}, in the staff's time zone, both included).
 */
record PeriodForm(String from, String to, Integer days) {

    /** The default period: a month shows a trend without hiding last week. */
    static final int DEFAULT_DAYS = 30;
    /** The longest period drawn: a year of bars still fits a screen; retention keeps half that anyway. */
    static final int MAX_DAYS = 400;
    /** The quick choices offered. */
    static final List<Integer> CHOICES = List.of(7, 30, 90, 180);

    /** The period's first and last days, as a logbook filter, and what could not be understood. */
    record Period(LocalDate first, LocalDate last, ConversationFilter filter, List<MessageSourceResolvable> problems) {

        public long days() {
            return ChronoUnit.DAYS.between(first, last) + 1;
        }
    }

    Period parse(ZoneId zone, LocalDate today) {
        List<MessageSourceResolvable> problems = new ArrayList<>();
        LocalDate last = day(to, problems);
        LocalDate first = day(from, problems);
        if (last == null) {
            last = first == null ? today : first.plusDays(length() - 1L);
        }
        if (first == null || first.isAfter(last)) {
            first = last.minusDays(length() - 1L);
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            first = last.minusDays(MAX_DAYS - 1L);
        }
        ConversationFilter filter = new ConversationFilter(first.atStartOfDay(zone).toInstant(),
                last.plusDays(1).atStartOfDay(zone).toInstant(), null, null, null, false, false, null);
        return new Period(first, last, filter, List.copyOf(problems));
    }

    private int length() {
        return days == null || days < 1 ? DEFAULT_DAYS : Math.min(days, MAX_DAYS);
    }

    private static LocalDate day(String text, List<MessageSourceResolvable> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return StaffTimes.parseDay(text).orElseGet(() -> {
            problems.add(new DefaultMessageSourceResolvable(new String[] {"filter.bad-date"}, new Object[] {text.strip()}));
            return null;
        });
    }
}
