package qc.alubot.retrieval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Unit vectors in one flat array, searched by dot product. LangChain4j's in-memory store
 * recomputes both norms for every comparison and allocates a match per vector; with ten
 * thousand passages (thirty thousand vectors) that cost most of a question's time budget.
 *
 * <p>Vectors are kept as 8-bit integers, each with its own scale: a scan is bound by memory,
 * and bytes read four times less than floats. Cosines move by about 0.003, far below what
 * changes a ranking or crosses the confidence threshold.
 */
final class VectorIndex {

    /** A passage and its best cosine similarity to the question. */
    record Scored(String passageId, double cosine) {
    }

    /** The largest component of a vector becomes ±127, the widest a byte holds symmetrically. */
    private static final int LEVELS = 127;

    private final String[] passageIds;
    private final int[] passageOf;
    private final byte[] vectors;
    private final float[] scales;
    private final int dimension;

    /** @param entries passage id and vector, one per embedded text (a passage has several) */
    VectorIndex(List<Map.Entry<String, float[]>> entries, int dimension) {
        this.dimension = dimension;
        this.passageOf = new int[entries.size()];
        this.vectors = new byte[entries.size() * dimension];
        this.scales = new float[entries.size()];
        Map<String, Integer> passageIndex = new HashMap<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String id = entries.get(i).getKey();
            passageOf[i] = passageIndex.computeIfAbsent(id, key -> {
                ids.add(key);
                return ids.size() - 1;
            });
            scales[i] = quantise(normalised(entries.get(i).getValue()), vectors, i * dimension);
        }
        this.passageIds = ids.toArray(String[]::new);
    }

    /** How many texts it holds. */
    int size() {
        return passageOf.length;
    }

    /** The {@code limit} passages closest to {@code query}, closest first. */
    List<Scored> nearest(float[] query, int limit) {
        byte[] unit = new byte[dimension];
        float queryScale = quantise(normalised(query), unit, 0);
        float[] best = new float[passageIds.length];
        Arrays.fill(best, -1f);
        for (int i = 0; i < passageOf.length; i++) {
            float cosine = dot(unit, i * dimension) * queryScale * scales[i];
            if (cosine > best[passageOf[i]]) {
                best[passageOf[i]] = cosine;
            }
        }
        return top(best, limit);
    }

    private List<Scored> top(float[] best, int limit) {
        PriorityQueue<Integer> kept = new PriorityQueue<>((a, b) -> Float.compare(best[a], best[b]));
        for (int p = 0; p < best.length; p++) {
            if (kept.size() < limit) {
                kept.add(p);
            } else if (best[p] > best[kept.peek()]) {
                kept.poll();
                kept.add(p);
            }
        }
        List<Scored> nearest = new ArrayList<>(kept.size());
        while (!kept.isEmpty()) {
            int p = kept.poll();
            nearest.add(0, new Scored(passageIds[p], best[p]));
        }
        return nearest;
    }

    private int dot(byte[] query, int offset) {
        int sum = 0;
        for (int d = 0; d < dimension; d++) {
            sum += query[d] * vectors[offset + d];
        }
        return sum;
    }

    /** Writes {@code unit} as bytes at {@code offset}; returns the scale that turns them back into floats. */
    private static float quantise(float[] unit, byte[] target, int offset) {
        float largest = 0;
        for (float value : unit) {
            largest = Math.max(largest, Math.abs(value));
        }
        if (largest == 0) {
            return 0;
        }
        for (int d = 0; d < unit.length; d++) {
            target[offset + d] = (byte) Math.round(unit[d] / largest * LEVELS);
        }
        return largest / LEVELS;
    }

    private static float[] normalised(float[] vector) {
        double norm = 0;
        for (float value : vector) {
            norm += value * value;
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = vector[i] * scale;
        }
        return unit;
    }
}
