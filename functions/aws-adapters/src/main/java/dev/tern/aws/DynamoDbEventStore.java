package dev.tern.aws;

import dev.tern.model.common.Timestamps;
import dev.tern.model.event.Event;
import dev.tern.model.event.EventRecorder;
import dev.tern.model.event.EventStore;
import dev.tern.model.event.RecordedEvent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * {@link EventStore} on EventsTable: one item per event, key {@code EventKey} = {@code {appId}#{eventId}}
 * (idempotency is on that pair, and the key spreads every app's events evenly over partitions), with
 * {@code ExpiresAt} (epoch seconds) as the table's TTL attribute so records leave after
 * {@link EventRecorder#RETENTION} without a sweeper. The conditional put makes a redelivered event a no-op.
 */
public final class DynamoDbEventStore implements EventStore {

  static final String KEY = "EventKey";
  static final String EXPIRES_AT = "ExpiresAt";

  private final DynamoDbClient dynamo;
  private final String table;

  /** A store on {@code table} through {@code dynamo}. */
  public DynamoDbEventStore(DynamoDbClient dynamo, String table) {
    this.dynamo = dynamo;
    this.table = table;
  }

  @Override
  public boolean record(RecordedEvent message) {
    try {
      dynamo.putItem(b -> b.tableName(table)
          .item(item(message))
          .conditionExpression("attribute_not_exists(#k)")
          .expressionAttributeNames(Map.of("#k", KEY)));
      return true;
    } catch (ConditionalCheckFailedException duplicate) {
      return false;
    }
  }

  static Map<String, AttributeValue> item(RecordedEvent m) {
    Event e = m.event();
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    item.put(KEY, s(m.applicationId() + "#" + e.id()));
    item.put("ApplicationId", s(m.applicationId()));
    item.put("EndpointId", s(m.endpointId()));
    item.put("EventId", s(e.id()));
    item.put("EventType", s(e.eventType()));
    item.put("Timestamp", s(Timestamps.format(e.timestamp())));
    Instant received = m.receivedAt() == null ? Instant.now() : m.receivedAt();
    item.put("ReceivedAt", s(Timestamps.format(received)));
    item.put(EXPIRES_AT, AttributeValue.fromN(Long.toString(received.plus(EventRecorder.RETENTION).getEpochSecond())));
    if (!e.attributes().isEmpty()) {
      Map<String, AttributeValue> attributes = new LinkedHashMap<>();
      e.attributes().forEach((k, v) -> attributes.put(k, s(v)));
      item.put("Attributes", AttributeValue.fromM(attributes));
    }
    if (!e.metrics().isEmpty()) {
      Map<String, AttributeValue> metrics = new LinkedHashMap<>();
      e.metrics().forEach((k, v) -> metrics.put(k, AttributeValue.fromN(Double.toString(v))));
      item.put("Metrics", AttributeValue.fromM(metrics));
    }
    if (e.session() != null) {
      Map<String, AttributeValue> session = new LinkedHashMap<>();
      session.put("Id", s(e.session().id()));
      session.put("StartTimestamp", s(Timestamps.format(e.session().startTimestamp())));
      if (e.session().stopTimestamp() != null) {
        session.put("StopTimestamp", s(Timestamps.format(e.session().stopTimestamp())));
      }
      if (e.session().duration() != null) {
        session.put("Duration", AttributeValue.fromN(Long.toString(e.session().duration())));
      }
      item.put("Session", AttributeValue.fromM(session));
    }
    putS(item, "AppPackageName", e.appPackageName());
    putS(item, "AppTitle", e.appTitle());
    putS(item, "AppVersionCode", e.appVersionCode());
    putS(item, "ClientSdkVersion", e.clientSdkVersion());
    putS(item, "SdkName", e.sdkName());
    putS(item, "RequestId", m.requestId());
    return item;
  }

  private static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }

  private static void putS(Map<String, AttributeValue> item, String name, String value) {
    if (value != null) {
      item.put(name, s(value));
    }
  }
}
