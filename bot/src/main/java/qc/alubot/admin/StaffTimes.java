package qc.alubot.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Times and dates as staff read and type them: in their time zone and language. French pages
 * write days {@code dd/mm/yyyy}, English ones ISO {@code yyyy-mm-dd}; both accept either form
 * when typed (the browser's own date picker would follow the browser's language, not the page's).
 */
public final class StaffTimes {

    private static final DateTimeFormatter ISO_DAY = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter FRENCH_DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    /** What a staff member may type: ISO, or day first with or without leading zeros. */
    private static final List<DateTimeFormatter> TYPED = List.of(ISO_DAY,
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));

    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter day;
    private final ZoneId zone;

    StaffTimes(ZoneId zone, Locale locale) {
        boolean french = Locale.FRENCH.equals(StaffLocale.supported(locale));
        this.zone = zone;
        this.dateTime = (french ? DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm")
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(Locale.ENGLISH))
                .withZone(zone);
        this.day = french ? FRENCH_DAY : ISO_DAY;
    }

    /** A typed day, in either accepted form; empty when it is not one. */
    static Optional<LocalDate> parseDay(String text) {
        for (DateTimeFormatter format : TYPED) {
            try {
                return Optional.of(LocalDate.parse(text.strip(), format));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    public String format(Instant instant) {
        return dateTime.format(instant);
    }

    public String day(LocalDate date) {
        return day.format(date);
    }

    public String day(Instant instant) {
        return day.format(instant.atZone(zone).toLocalDate());
    }

    /** A day as typed in a filter, shown in the page's form when it is a day, else as typed (to be corrected). */
    public String typed(String text) {
        return text == null ? "" : parseDay(text).map(this::day).orElse(text);
    }

    public String zone() {
        return zone.getId();
    }
}
