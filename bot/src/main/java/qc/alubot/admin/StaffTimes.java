package qc.alubot.admin;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Times as staff read them: in their time zone and language. Used by the page templates. */
public final class StaffTimes {

    private final DateTimeFormatter dateTime;
    private final ZoneId zone;

    StaffTimes(ZoneId zone, Locale locale) {
        this.zone = zone;
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(StaffLocale.supported(locale)).withZone(zone);
    }

    public String format(Instant instant) {
        return dateTime.format(instant);
    }

    public String zone() {
        return zone.getId();
    }
}
