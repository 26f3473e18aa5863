package dev.tern.api.wire.journey;

import dev.tern.model.journey.JourneyState;
import dev.tern.wire.PinpointJson;

/** Body of UpdateJourneyState (model shape {@code JourneyStateRequest}). */
@PinpointJson
public record JourneyStateRequest(JourneyState state) {}
