package qc.alubot.logbook;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import qc.alubot.conversation.Channel;
import qc.alubot.conversation.Outcome;
import qc.alubot.language.Language;

/**
 * What the bot did over a period, as the dashboard shows it: counts by day, outcome, language
 * and channel, ratings, the latency distribution and the knowledge versions that answered.
 * Read in two aggregate queries, so its size depends on the number of days, not of exchanges.
 *
 * @param tallies   one entry per day, outcome, language and channel that occurred
 * @param latencies how many answers took each whole number of milliseconds
 * @param versions  the knowledge versions that answered in the period, oldest first
 */
public record Activity(List<Tally> tallies, NavigableMap<Long, Long> latencies, List<VersionSpan> versions) {

    /**
     * Exchanges of one day (in the staff's time zone), outcome, language, channel and knowledge version.
     *
     * @param firstAt the earliest of them
     */
    public record Tally(LocalDate day, Outcome outcome, Language language, Channel channel, String version, long count,
                        long rated, long helpful, Instant firstAt) {
    }

    /**
     * A knowledge version's answers in the period.
     *
     * @param firstAnswer when it first answered at all, possibly before the period: the day it went into service
     * @param answered    questions it answered (greetings and commands are not questions)
     * @param questions   questions it was asked: answered, declined or not in the knowledge
     */
    public record VersionSpan(String version, Instant firstAnswer, long answered, long questions) {

        public double answeredShare() {
            return questions == 0 ? 0 : (double) answered / questions;
        }
    }

    public Activity {
        tallies = List.copyOf(tallies);
        latencies = new TreeMap<>(latencies);
        versions = List.copyOf(versions);
    }

    public long total() {
        return sum(t -> true);
    }

    public long count(Outcome outcome) {
        return sum(t -> t.outcome() == outcome);
    }

    /** Answered, declined or not in the knowledge: greetings, thanks and commands left out. */
    public long questions() {
        return sum(t -> t.outcome() != Outcome.CONVERSATION);
    }

    /** Share of questions answered; 0 when there were none. */
    public double answeredShare() {
        return share(count(Outcome.ANSWERED), questions());
    }

    public Map<Language, Long> byLanguage() {
        return split(Tally::language, new EnumMap<>(Language.class));
    }

    public Map<Channel, Long> byChannel() {
        return split(Tally::channel, new EnumMap<>(Channel.class));
    }

    /** Counts per day and outcome, every day of {@code first}…{@code last} present (zero when quiet). */
    public NavigableMap<LocalDate, Map<Outcome, Long>> daily(LocalDate first, LocalDate last) {
        NavigableMap<LocalDate, Map<Outcome, Long>> days = new TreeMap<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            days.put(day, new EnumMap<>(Outcome.class));
        }
        tallies.stream().filter(t -> days.containsKey(t.day()))
                .forEach(t -> days.get(t.day()).merge(t.outcome(), t.count(), Long::sum));
        return days;
    }

    public long rated() {
        return tallies.stream().mapToLong(Tally::rated).sum();
    }

    public long helpful() {
        return tallies.stream().mapToLong(Tally::helpful).sum();
    }

    /** Share of answers the investor rated at all. */
    public double ratedShare() {
        return share(rated(), total());
    }

    /** Share of ratings that were 👍. */
    public double helpfulShare() {
        return share(helpful(), rated());
    }

    /** The nearest-rank percentile of answer latency in milliseconds (0 when nothing was answered). */
    public long latencyPercentile(double percent) {
        long answers = latencies.values().stream().mapToLong(Long::longValue).sum();
        long rank = Math.max(1, (long) Math.ceil(percent / 100 * answers));
        long seen = 0;
        for (Map.Entry<Long, Long> entry : latencies.entrySet()) {
            seen += entry.getValue();
            if (seen >= rank) {
                return entry.getKey();
            }
        }
        return 0;
    }

    private long sum(Predicate<Tally> which) {
        return tallies.stream().filter(which).mapToLong(Tally::count).sum();
    }

    private <K> Map<K, Long> split(Function<Tally, K> key, Map<K, Long> into) {
        tallies.forEach(t -> into.merge(key.apply(t), t.count(), Long::sum));
        return into;
    }

    static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
