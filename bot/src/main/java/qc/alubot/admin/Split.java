package qc.alubot.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How a whole divides (by language, by channel), as one bar 100 units wide drawn in SVG, and
 * its parts with their counts and shares.
 */
record Split(String title, List<Part> parts) {

    /**
     * @param label a message key naming the part
     * @param x     where its segment starts, 0 to 100
     */
    record Part(String label, String kind, long count, double share, double x) {

        public double width() {
            return share * 100;
        }

        public long percent() {
            return Math.round(share * 100);
        }
    }

    /** Parts in the map's order, each labelled by the message {@code labelPrefix} + its name; {@code title} is a message key. */
    static <K extends Enum<K>> Split of(String title, Map<K, Long> counts, String labelPrefix) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        List<Part> parts = new ArrayList<>();
        double x = 0;
        for (Map.Entry<K, Long> entry : counts.entrySet()) {
            double share = total == 0 ? 0 : (double) entry.getValue() / total;
            parts.add(new Part(labelPrefix + entry.getKey().name(), "part-" + parts.size(), entry.getValue(), share, x));
            x += share * 100;
        }
        return new Split(title, List.copyOf(parts));
    }
}
