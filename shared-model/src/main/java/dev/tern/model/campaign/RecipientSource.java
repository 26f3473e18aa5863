package dev.tern.model.campaign;

import java.util.List;
import java.util.Map;

/** Port: the current state of endpoints, as {@link Recipient}s; implemented over the endpoint store. */
public interface RecipientSource {

    /** The recipients with these ids, keyed by endpoint id; ids that no longer exist are absent. */
    Map<String, Recipient> load(String applicationId, List<String> endpointIds);
}
