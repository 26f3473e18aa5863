package dev.tern.model.campaign;

import java.util.List;

/**
 * Port: the endpoint ids of a segment (version) at launch time; implemented over the segment engine. A list
 * is enough for the first path; very large segments will need a paged variant.
 */
public interface AudienceSource {

    /** The ids of the endpoints in the segment; {@code segmentVersion} null means the latest version. */
    List<String> endpointIds(String applicationId, String segmentId, Integer segmentVersion);
}
