package dev.tern.model.campaign;

import java.util.Map;

/** What one handled {@link SendEmailCommand} did, per endpoint id, in the batch's order. */
public record BatchOutcome(Map<String, Outcome> byEndpoint) {

    public BatchOutcome {
        byEndpoint = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byEndpoint));
    }
}
