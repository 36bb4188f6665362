package qc.alubot.admin;

import java.time.DateTimeException;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Who may open the staff pages, and how they show times.
 *
 * @param user     the staff login ({@code BOT_ADMIN_USER})
 * @param password the staff password ({@code BOT_ADMIN_PASSWORD}); none means the staff pages are off:
 *                 there is no default password to forget to change
 * @param timeZone times and date filters are in this zone ({@code BOT_ADMIN_TIME_ZONE}): the staff's,
 *                 in Québec, whatever the server's
 */
@ConfigurationProperties("bot.admin")
public record AdminProperties(String user, String password, ZoneId timeZone) {

    /** Shorter passwords fall to guessing; the log says so, the pages still open. */
    static final int RECOMMENDED_PASSWORD_LENGTH = 12;

    public AdminProperties {
        user = user == null || user.isBlank() ? "admin" : user.strip();
        password = password == null || password.isEmpty() ? null : password;
    }

    @ConstructorBinding
    public AdminProperties(String user, String password, String timeZone) {
        this(user, password, zone(timeZone));
    }

    public boolean enabled() {
        return password != null;
    }

    private static ZoneId zone(String name) {
        try {
            return name == null || name.isBlank() ? ZoneId.of("America/Toronto") : ZoneId.of(name.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("BOT_ADMIN_TIME_ZONE (bot.admin.time-zone) is '" + name + "', which is not "
                    + "a time zone. Use a region name such as America/Toronto or UTC.", e);
        }
    }

    @Override
    public String toString() {
        return "AdminProperties[user=" + user + ", password=" + (enabled() ? "(set)" : "(none)") + ", timeZone=" + timeZone + "]";
    }
}
