package dev.tern.model.event;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One event of PutEvents, Pinpoint's {@code Event}: a custom event or a reserved one such as
 * {@code _session.start}, {@code _session.stop} or {@code _monetization.purchase} (whose attributes and
 * metrics, e.g. {@code _product_id} and {@code _item_price}, are ordinary entries of the two maps).
 *
 * @param id the client-generated event id (the key of the request's Events map)
 */
public record Event(
    String id,
    String eventType,
    Instant timestamp,
    Map<String, String> attributes,
    Map<String, Double> metrics,
    EventSession session,
    String appPackageName,
    String appTitle,
    String appVersionCode,
    String clientSdkVersion,
    String sdkName) {

  /**
   * Copies the maps (null maps become empty). Null values are kept, not refused here: {@link EventPolicy}
   * reports them as this event's 400, so a client's {@code "Metrics":{"m":null}} never fails the request.
   */
  public Event {
    attributes = attributes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    metrics = metrics == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
  }
}
