package dev.tern.model.campaign;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The in-memory fake of {@link AudienceSource}: endpoint ids set per (application, segment), any version. */
public final class InMemoryAudienceSource implements AudienceSource {

    private final Map<String, List<String>> bySegment = new ConcurrentHashMap<>();

    /** Sets the members of a segment. */
    public void put(String applicationId, String segmentId, List<String> endpointIds) {
        bySegment.put(applicationId + "/" + segmentId, List.copyOf(endpointIds));
    }

    @Override
    public List<String> endpointIds(String applicationId, String segmentId, Integer segmentVersion) {
        return bySegment.getOrDefault(applicationId + "/" + segmentId, List.of());
    }
}
