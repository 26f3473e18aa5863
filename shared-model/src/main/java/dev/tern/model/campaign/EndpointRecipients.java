package dev.tern.model.campaign;

import dev.tern.model.endpoint.Endpoint;
import dev.tern.model.endpoint.EndpointStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link RecipientSource} over the {@link EndpointStore}: each endpoint of a command is read afresh at send
 * time, so an opt-out or deactivation written after the audience was resolved is honoured. One read per
 * endpoint (at most 50 per command); a batch read belongs in the store port when it grows one.
 */
public final class EndpointRecipients implements RecipientSource {

    private final EndpointStore endpoints;

    /** Recipients read from {@code endpoints}. */
    public EndpointRecipients(EndpointStore endpoints) {
        this.endpoints = endpoints;
    }

    @Override
    public Map<String, Recipient> load(String applicationId, List<String> endpointIds) {
        Map<String, Recipient> out = new LinkedHashMap<>();
        for (String id : endpointIds) {
            endpoints.get(applicationId, id).ifPresent(e -> out.put(id, recipient(e)));
        }
        return out;
    }

    /** The sending view of {@code e}, with its message variables under Pinpoint's member names. */
    static Recipient recipient(Endpoint e) {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("Id", e.id());
        putIfPresent(vars, "Address", e.address());
        putIfPresent(vars, "ChannelType", e.channelType() == null ? null : e.channelType().name());
        vars.put("Attributes", e.attributes());
        vars.put("Metrics", e.metrics());
        vars.put("OptOut", e.optOut().name());
        vars.put("EndpointStatus", e.endpointStatus().name());
        Map<String, Object> user = new LinkedHashMap<>();
        putIfPresent(user, "UserId", e.userId());
        user.put("UserAttributes", e.user().userAttributes());
        vars.put("User", user);
        Map<String, Object> demographic = new LinkedHashMap<>();
        putIfPresent(demographic, "Timezone", e.demographic().timezone());
        putIfPresent(demographic, "Locale", e.demographic().locale());
        putIfPresent(demographic, "Platform", e.demographic().platform());
        vars.put("Demographic", demographic);
        Map<String, Object> location = new LinkedHashMap<>();
        putIfPresent(location, "City", e.location().city());
        putIfPresent(location, "Country", e.location().country());
        vars.put("Location", location);
        return new Recipient(e.id(), e.channelType() == null ? null : e.channelType().name(), e.address(),
                e.optOut().name(), e.endpointStatus().name(), e.demographic().timezone(), vars);
    }

    private static void putIfPresent(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
