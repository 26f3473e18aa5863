package dev.tern.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Body of every error answer (model shape {@code MessageBody}, shared by all modelled exceptions). */
public record MessageBody(@JsonProperty("Message") String message, @JsonProperty("RequestID") String requestId) {}
