package qc.alubot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.util.List;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * getUpdates as Telegram answers it: every update not yet confirmed, from the offset on; an
 * offset confirms (forgets) the updates below it. Records each offset asked for, so tests can
 * check the bot confirms only what it has answered.
 */
final class PendingUpdates implements ResponseDefinitionTransformerV2 {

    /** An idle poll comes back empty after this, instead of Telegram's 50 s hold. */
    private static final int IDLE_HOLD_MILLIS = 25;
    private final NavigableMap<Integer, String> pending = new ConcurrentSkipListMap<>();
    private final List<Integer> offsets = new CopyOnWriteArrayList<>();
    private final ObjectMapper json = new ObjectMapper();

    void add(int updateId, String updateJson) {
        pending.put(updateId, updateJson);
    }

    List<Integer> offsets() {
        return List.copyOf(offsets);
    }

    boolean confirmed(int updateId) {
        return !pending.containsKey(updateId);
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        int offset = offset(event.getRequest().getBodyAsString());
        offsets.add(offset);
        pending.headMap(offset, false).clear();
        String updates = pending.tailMap(offset, true).values().stream().limit(100).collect(Collectors.joining(","));
        return ResponseDefinitionBuilder.like(event.getResponseDefinition())
                .withHeader("Content-Type", "application/json")
                .withBody("{\"ok\":true,\"result\":[" + updates + "]}")
                .withFixedDelay(updates.isEmpty() ? IDLE_HOLD_MILLIS : null)
                .build();
    }

    private int offset(String body) {
        try {
            JsonNode offset = json.readTree(body).get("offset");
            return offset == null || offset.isNull() ? 0 : offset.asInt();
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public String getName() {
        return "telegram-updates";
    }
}
