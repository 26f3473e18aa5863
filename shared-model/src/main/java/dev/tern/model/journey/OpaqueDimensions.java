package dev.tern.model.journey;

import java.util.Objects;

/**
 * A dimensions object of a journey condition ({@code EventDimensions} or a {@code SimpleCondition}'s
 * {@code segmentDimensions}) kept as the JSON object text the client sent. Issue 4 stores and returns
 * journeys; these dimensions are only evaluated once journey execution exists, which will parse them
 * into the segment package's records. Until then Tern checks they are JSON objects (the edge does) and
 * returns them verbatim, rather than half-modelling them.
 *
 * @param json the JSON object, compact, as the edge re-serialised it
 */
public record OpaqueDimensions(String json) {

  /** Requires the text. */
  public OpaqueDimensions {
    Objects.requireNonNull(json, "json");
  }
}
