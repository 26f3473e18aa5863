package dev.tern.model.campaign;

/**
 * The narrow view of an endpoint that sending needs. Field values are Pinpoint's wire values
 * ({@code ChannelType}, {@code OptOut} ALL|NONE, {@code EndpointStatus} ACTIVE|INACTIVE,
 * {@code Demographic.Timezone}), so the endpoint model can be adapted to it with plain getters; this package
 * does not depend on the endpoint model. {@code timezone} is carried for quiet time / local time later.
 * {@code variables} is the endpoint as message variables see it (Pinpoint's EndpointResponse member names:
 * {@code Address}, {@code Attributes}, {@code User.UserAttributes}, …), for personalisation.
 */
public record Recipient(
        String endpointId, String channelType, String address, String optOut, String endpointStatus,
        String timezone, java.util.Map<String, Object> variables) {

    public Recipient {
        if (endpointId == null) {
            throw new IllegalArgumentException("endpointId is required");
        }
        variables = variables == null ? java.util.Map.of() : java.util.Map.copyOf(variables);
    }

    /** A recipient without message variables. */
    public Recipient(String endpointId, String channelType, String address, String optOut, String endpointStatus,
            String timezone) {
        this(endpointId, channelType, address, optOut, endpointStatus, timezone, java.util.Map.of());
    }
}
