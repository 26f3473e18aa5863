package dev.tern.ingest.wire;

import dev.tern.model.endpoint.Violation;
import dev.tern.model.endpoint.WireValues;
import dev.tern.model.event.Event;
import dev.tern.model.event.EventSession;
import dev.tern.wire.PinpointJson;
import java.util.List;
import java.util.Map;

/** Pinpoint's {@code Event} as sent; dates are text here and become instants in {@link #toEvent}. */
@PinpointJson
public record EventWire(
    String appPackageName,
    String appTitle,
    String appVersionCode,
    Map<String, String> attributes,
    String clientSdkVersion,
    String eventType,
    Map<String, Double> metrics,
    String sdkName,
    SessionWire session,
    String timestamp) {

  /** Pinpoint's {@code Session}. */
  @PinpointJson
  public record SessionWire(Long duration, String id, String startTimestamp, String stopTimestamp) {}

  /** The domain event {@code id}; unreadable dates are added to {@code violations}. */
  public Event toEvent(String id, List<Violation> violations) {
    EventSession s = session == null ? null : new EventSession(session.id(),
        WireValues.instant(session.startTimestamp(), "Session.StartTimestamp", violations),
        WireValues.instant(session.stopTimestamp(), "Session.StopTimestamp", violations),
        session.duration());
    return new Event(id, eventType, WireValues.instant(timestamp, "Timestamp", violations), attributes, metrics, s,
        appPackageName, appTitle, appVersionCode, clientSdkVersion, sdkName);
  }
}
