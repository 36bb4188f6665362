package qc.alubot.retrieval;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps passage embeddings on disk by content hash, so a restart or a reload re-embeds only
 * passages whose text changed. A missing or unreadable cache file only costs time: it is
 * rebuilt, never trusted blindly (the model id and dimension must match).
 */
public final class DiskCachedEmbeddingModel implements EmbeddingModel {

    private static final Logger log = LoggerFactory.getLogger(DiskCachedEmbeddingModel.class);
    private static final int FORMAT = 1;

    private final EmbeddingModel delegate;
    private final String modelId;
    private final Path file;
    private final Map<String, float[]> vectors = new ConcurrentHashMap<>();
    private final AtomicLong computed = new AtomicLong();
    /** Writes happen off the reload path, one at a time; a newer request replaces a waiting one. */
    private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "embedding-cache-writer");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<List<String>> pendingKeys = new AtomicReference<>();
    private volatile Set<String> savedKeys = Set.of();

    public DiskCachedEmbeddingModel(EmbeddingModel delegate, String modelId, Path file) {
        this.delegate = delegate;
        this.modelId = modelId;
        this.file = file;
        load();
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        List<TextSegment> missing = new ArrayList<>();
        for (TextSegment segment : segments) {
            if (!vectors.containsKey(hash(segment.text()))) {
                missing.add(segment);
            }
        }
        if (!missing.isEmpty()) {
            List<Embedding> fresh = delegate.embedAll(missing).content();
            for (int i = 0; i < missing.size(); i++) {
                vectors.put(hash(missing.get(i).text()), fresh.get(i).vector());
            }
            computed.addAndGet(missing.size());
        }
        return Response.from(segments.stream().map(s -> Embedding.from(vectors.get(hash(s.text())))).toList());
    }

    @Override
    public int dimension() {
        return delegate.dimension();
    }

    /** How many texts were embedded by the model rather than read from the cache, since start. */
    public long computedCount() {
        return computed.get();
    }

    /**
     * Saves the cache in the background when it changed, keeping only the texts still in use so
     * it never grows without bound.
     */
    public void save(List<String> textsInUse) {
        List<String> kept = textsInUse.stream().map(DiskCachedEmbeddingModel::hash).distinct()
                .filter(vectors::containsKey).toList();
        if (Set.copyOf(kept).equals(savedKeys)) {
            return;
        }
        if (pendingKeys.getAndSet(kept) == null) {
            writer.execute(() -> write(pendingKeys.getAndSet(null)));
        }
    }

    /** Waits for a background save to finish (shutdown, tests). */
    public void flush() {
        try {
            writer.submit(() -> { }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            log.warn("Saving the embedding cache failed: {}", e.getCause().toString());
        }
    }

    /**
     * Written to a temporary file and moved into place: a crash mid-write leaves the old cache.
     */
    private void write(List<String> kept) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary)))) {
                out.writeInt(FORMAT);
                out.writeUTF(modelId);
                out.writeInt(kept.size());
                for (String key : kept) {
                    float[] vector = vectors.get(key);
                    out.writeUTF(key);
                    out.writeInt(vector.length);
                    for (float value : vector) {
                        out.writeFloat(value);
                    }
                }
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            savedKeys = Set.copyOf(kept);
        } catch (IOException e) {
            log.warn("Could not write the embedding cache {} ({}). Answers are unaffected; the next start will "
                    + "re-embed the passages, which is slower. Check that the folder is writable.", file.toAbsolutePath(), e.toString());
        }
    }

    private void load() {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != FORMAT || !in.readUTF().equals(modelId)) {
                log.info("Embedding cache {} was made by another model or version: rebuilding it", file);
                return;
            }
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                String key = in.readUTF();
                float[] vector = new float[in.readInt()];
                for (int j = 0; j < vector.length; j++) {
                    vector[j] = in.readFloat();
                }
                vectors.put(key, vector);
            }
            savedKeys = Set.copyOf(vectors.keySet());
        } catch (IOException e) {
            vectors.clear();
            log.warn("Embedding cache {} is unreadable ({}): rebuilding it. Nothing is lost but start-up time.", file, e.toString());
        }
    }

    static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
