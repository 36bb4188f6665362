package qc.alubot.admin;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import qc.alubot.conversation.Outcome;
import qc.alubot.logbook.Activity;

/**
 * The dashboard's two charts as plain SVG geometry, drawn by the template: questions per day
 * stacked by outcome, and the share answered each day, with a line where each knowledge
 * version went into service. Server-side SVG needs no script, so the pages keep their strict
 * Content-Security-Policy; the SVG stretches to the page's width on a phone or a desktop.
 *
 * @param width  in SVG units: one slot per day
 * @param max    the busiest day's count, the height of the bar chart
 */
record DailyChart(int width, long max, List<Bar> bars, List<Point> shares, List<Marker> markers) {

    /** Width of one day in SVG units, and of the gap between two bars. */
    static final int SLOT = 10;
    static final int GAP = 2;
    /** Height of each chart in SVG units; the page sets the height it is drawn at. */
    static final int HEIGHT = 100;
    /** Outcomes from the bottom of a bar up: answers first, so their share reads at a glance. */
    static final List<Outcome> STACK = List.of(Outcome.ANSWERED, Outcome.NO_ANSWER, Outcome.DECLINED, Outcome.CONVERSATION);

    /** A segment of a day's bar: one outcome's count. */
    record Bar(LocalDate day, Outcome outcome, long count, double x, double y, double height) {

        public String kind() {
            return outcome.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** A day's answered share (of questions: greetings and commands left out). */
    record Point(LocalDate day, double share, double x, double y) {
    }

    /** Where a knowledge version went into service. */
    record Marker(String version, LocalDate day, double x) {
    }

    static DailyChart of(Activity activity, LocalDate first, LocalDate last, ZoneId zone) {
        NavigableMap<LocalDate, Map<Outcome, Long>> days = activity.daily(first, last);
        long max = Math.max(1, days.values().stream().mapToLong(DailyChart::total).max().orElse(0));
        List<Bar> bars = new ArrayList<>();
        List<Point> shares = new ArrayList<>();
        int slot = 0;
        for (Map.Entry<LocalDate, Map<Outcome, Long>> day : days.entrySet()) {
            double x = slot++ * SLOT + GAP / 2.0;
            stack(day.getKey(), day.getValue(), x, max, bars);
            long questions = total(day.getValue()) - day.getValue().getOrDefault(Outcome.CONVERSATION, 0L);
            if (questions > 0) {
                double share = (double) day.getValue().getOrDefault(Outcome.ANSWERED, 0L) / questions;
                shares.add(new Point(day.getKey(), share, x + (SLOT - GAP) / 2.0, HEIGHT * (1 - share)));
            }
        }
        List<Marker> markers = activity.versions().stream()
                .map(v -> new Marker(v.version(), v.firstAnswer().atZone(zone).toLocalDate(), 0))
                .filter(m -> !m.day().isBefore(first) && !m.day().isAfter(last))
                .map(m -> new Marker(m.version(), m.day(), (m.day().toEpochDay() - first.toEpochDay()) * SLOT))
                .toList();
        return new DailyChart(days.size() * SLOT, max, bars, shares, markers);
    }

    private static void stack(LocalDate day, Map<Outcome, Long> counts, double x, long max, List<Bar> bars) {
        double top = HEIGHT;
        for (Outcome outcome : STACK) {
            long count = counts.getOrDefault(outcome, 0L);
            if (count > 0) {
                double height = HEIGHT * (double) count / max;
                top -= height;
                bars.add(new Bar(day, outcome, count, x, top, height));
            }
        }
    }

    private static long total(Map<Outcome, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The share line as SVG polyline points. */
    public String sharePath() {
        StringBuilder path = new StringBuilder();
        shares.forEach(p -> path.append(String.format(Locale.ROOT, "%.1f,%.1f ", p.x(), p.y())));
        return path.toString().strip();
    }

    public int barWidth() {
        return SLOT - GAP;
    }

    public String viewBox() {
        return "0 0 " + width + " " + HEIGHT;
    }
}
