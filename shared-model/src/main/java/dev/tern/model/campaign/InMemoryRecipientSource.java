package dev.tern.model.campaign;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The in-memory fake of {@link RecipientSource}: recipients put by tests, per application. */
public final class InMemoryRecipientSource implements RecipientSource {

    private final Map<String, Map<String, Recipient>> byApp = new ConcurrentHashMap<>();

    /** Adds or replaces a recipient of {@code applicationId}. */
    public void put(String applicationId, Recipient recipient) {
        byApp.computeIfAbsent(applicationId, a -> new ConcurrentHashMap<>()).put(recipient.endpointId(), recipient);
    }

    /** Removes a recipient (the endpoint was deleted). */
    public void remove(String applicationId, String endpointId) {
        byApp.getOrDefault(applicationId, Map.of()).remove(endpointId);
    }

    @Override
    public Map<String, Recipient> load(String applicationId, List<String> endpointIds) {
        Map<String, Recipient> app = byApp.getOrDefault(applicationId, Map.of());
        Map<String, Recipient> out = new LinkedHashMap<>();
        for (String id : endpointIds) {
            Recipient r = app.get(id);
            if (r != null) {
                out.put(id, r);
            }
        }
        return out;
    }
}
