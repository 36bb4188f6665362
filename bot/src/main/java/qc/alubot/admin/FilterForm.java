package qc.alubot.admin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.function.Function;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import qc.alubot.conversation.Channel;
import qc.alubot.language.Language;
import qc.alubot.logbook.ConversationFilter;

/**
 * The filters as typed in the page's form or a script's query string. A value that makes no
 * sense is ignored and reported on the page rather than failing the request.
 *
 * @param from  first day, {@code yyyy-mm-dd} or {@code dd/mm/yyyy}, in the staff's time zone
 * @param to    last day, included
 * @param q     words to search for in questions and answers
 * @param page  page number, from 0
 */
record FilterForm(String from, String to, String language, String channel, String route, Boolean unanswered,
                  Boolean negative, String q, Integer page) {

    /** A search longer than this is not a search: cut, so a pasted document cannot make a huge query. */
    static final int MAX_SEARCH_LENGTH = 200;

    /** The filter, and what could not be understood. */
    record Parsed(ConversationFilter filter, List<MessageSourceResolvable> problems) {
    }

    Parsed parse(ZoneId zone) {
        List<MessageSourceResolvable> problems = new ArrayList<>();
        LocalDate first = value(from, FilterForm::day, "filter.bad-date", problems);
        LocalDate last = value(to, FilterForm::day, "filter.bad-date", problems);
        Language lang = value(language, code -> Language.parse(code).filter(l -> l.code().equalsIgnoreCase(code))
                .orElseThrow(IllegalArgumentException::new), "filter.bad-language", problems);
        Channel chan = value(channel, name -> Channel.valueOf(name.toUpperCase(Locale.ROOT)), "filter.bad-channel", problems);
        String search = q == null ? null : q.strip().substring(0, Math.min(q.strip().length(), MAX_SEARCH_LENGTH));
        ConversationFilter filter = new ConversationFilter(startOf(first, zone), last == null ? null : startOf(last.plusDays(1), zone),
                lang, chan, route, isTrue(unanswered), isTrue(negative), search);
        return new Parsed(filter, List.copyOf(problems));
    }

    int pageNumber() {
        return page == null || page < 0 ? 0 : page;
    }

    /** The same filters as a query string (starting with '?', or empty), on another page number. */
    public String query(int pageNumber) {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        add(query, "from", from);
        add(query, "to", to);
        add(query, "language", language);
        add(query, "channel", channel);
        add(query, "route", route);
        add(query, "unanswered", isTrue(unanswered) ? "true" : null);
        add(query, "negative", isTrue(negative) ? "true" : null);
        add(query, "q", q);
        add(query, "page", pageNumber > 0 ? String.valueOf(pageNumber) : null);
        return query.toString();
    }

    /** The same filters, first page: for the export link. */
    public String query() {
        return query(0);
    }

    /** The channels to filter by (public, like every method the templates call: SpEL sees only those). */
    public List<String> channels() {
        return Arrays.stream(Channel.values()).filter(c -> c != Channel.EVALUATION).map(Enum::name).toList();
    }

    private static <T> T value(String text, Function<String, T> parse, String problem, List<MessageSourceResolvable> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parse.apply(text.strip());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            problems.add(new DefaultMessageSourceResolvable(new String[] {problem}, new Object[] {text.strip()}));
            return null;
        }
    }

    private static LocalDate day(String text) {
        return StaffTimes.parseDay(text).orElseThrow(IllegalArgumentException::new);
    }

    private static Instant startOf(LocalDate day, ZoneId zone) {
        return day == null ? null : day.atStartOfDay(zone).toInstant();
    }

    private static boolean isTrue(Boolean flag) {
        return Boolean.TRUE.equals(flag);
    }

    private static void add(StringJoiner query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.add(name + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
        }
    }
}
