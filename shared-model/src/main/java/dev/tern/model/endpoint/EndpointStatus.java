package dev.tern.model.endpoint;

/**
 * Pinpoint's {@code EndpointStatus} values (a free string in the model; ACTIVE and INACTIVE are documented).
 * Campaigns and journeys skip INACTIVE endpoints; direct sends ignore the status.
 */
public enum EndpointStatus {
  ACTIVE,
  INACTIVE
}
