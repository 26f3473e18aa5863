package dev.tern.model.campaign;

/**
 * The narrow view of an endpoint that sending needs. Field values are Pinpoint's wire values
 * ({@code ChannelType}, {@code OptOut} ALL|NONE, {@code EndpointStatus} ACTIVE|INACTIVE,
 * {@code Demographic.Timezone}), so the endpoint model can be adapted to it with plain getters; this package
 * does not depend on the endpoint model. {@code timezone} is carried for quiet time / local time later.
 */
public record Recipient(
        String endpointId, String channelType, String address, String optOut, String endpointStatus,
        String timezone) {

    public Recipient {
        if (endpointId == null) {
            throw new IllegalArgumentException("endpointId is required");
        }
    }
}
