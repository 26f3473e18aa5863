package dev.tern.aws;

import static dev.tern.aws.Attrs.n;
import static dev.tern.aws.Attrs.s;
import static dev.tern.aws.Attrs.str;

import dev.tern.model.campaign.Claim;
import dev.tern.model.campaign.DeliveryLedger;
import dev.tern.model.campaign.DeliveryStatus;
import dev.tern.model.campaign.FailureReason;
import dev.tern.model.campaign.LedgerEntry;
import dev.tern.model.campaign.SkipReason;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * {@link DeliveryLedger} on DeliveryLedgerTable: partition {@code RunId}, sort {@code Key} — {@code E#<endpoint>}
 * for a (run, endpoint) pair, {@code A#<address>} for the endpoint owning an address in the run. A run's
 * items share a partition key, and each item is written by one conditional {@code UpdateItem}/{@code PutItem},
 * so every transition of {@link DeliveryStatus} is decided by DynamoDB, never by a read-then-write.
 * {@code ExpiresAt} (TTL, epoch seconds) removes a run's ledger {@code retention} after its first claim.
 * {@code LeaseUntil} is epoch milliseconds so the takeover condition compares numbers.
 */
public final class DynamoDbDeliveryLedger implements DeliveryLedger {

  private static final String RUN = "RunId";
  private static final String KEY = "Key";

  private final DynamoDbClient dynamo;
  private final String table;
  private final Duration retention;

  /** A ledger on {@code table} whose items expire {@code retention} after they are first written. */
  public DynamoDbDeliveryLedger(DynamoDbClient dynamo, String table, Duration retention) {
    this.dynamo = dynamo;
    this.table = table;
    this.retention = retention;
  }

  @Override
  public Claim claim(String runId, String endpointId, Instant now, Duration lease) {
    Map<String, AttributeValue> values = new HashMap<>();
    values.put(":claimed", s(DeliveryStatus.CLAIMED.name()));
    values.put(":released", s(DeliveryStatus.RELEASED.name()));
    values.put(":now", n(now.toEpochMilli()));
    values.put(":until", n(now.plus(lease).toEpochMilli()));
    values.put(":expires", n(now.plus(retention).getEpochSecond()));
    values.put(":one", n(1));
    try {
      UpdateItemResponse r = dynamo.updateItem(b -> b.tableName(table).key(key(runId, "E#" + endpointId))
          .updateExpression("SET #st = :claimed, LeaseUntil = :until, ExpiresAt = if_not_exists(ExpiresAt, :expires)"
              + " ADD Attempts :one")
          .conditionExpression("attribute_not_exists(#run) OR #st = :released"
              + " OR (#st = :claimed AND LeaseUntil < :now)")
          .expressionAttributeNames(Map.of("#st", "Status", "#run", RUN))
          .expressionAttributeValues(values)
          .returnValues(ReturnValue.ALL_NEW));
      return new Claim.Acquired(Integer.parseInt(r.attributes().get("Attempts").n()));
    } catch (ConditionalCheckFailedException e) {
      return new Claim.AlreadyClaimed(find(runId, endpointId).orElseThrow(
          () -> new IllegalStateException("claim refused but no entry for " + runId + "/" + endpointId)).status());
    }
  }

  @Override
  public String claimAddress(String runId, String addressKey, String endpointId) {
    try {
      dynamo.putItem(b -> b.tableName(table)
          .item(Map.of(RUN, s(runId), KEY, s("A#" + addressKey), "Owner", s(endpointId),
              "ExpiresAt", n(Instant.now().plus(retention).getEpochSecond())))
          .conditionExpression("attribute_not_exists(#run)")
          .expressionAttributeNames(Map.of("#run", RUN)));
      return endpointId;
    } catch (ConditionalCheckFailedException e) {
      GetItemResponse r = dynamo.getItem(b -> b.tableName(table).key(key(runId, "A#" + addressKey))
          .consistentRead(true));
      return r.item().get("Owner").s();
    }
  }

  @Override
  public boolean recordSent(String runId, String endpointId, String providerMessageId) {
    return finish(runId, endpointId, DeliveryStatus.SENT, "ProviderMessageId", providerMessageId);
  }

  @Override
  public boolean recordSkipped(String runId, String endpointId, SkipReason reason) {
    return finish(runId, endpointId, DeliveryStatus.SKIPPED, "SkipReason", reason.name());
  }

  @Override
  public boolean recordFailed(String runId, String endpointId, FailureReason reason, boolean retryable) {
    return finish(runId, endpointId, retryable ? DeliveryStatus.RELEASED : DeliveryStatus.FAILED, "FailureReason",
        reason.name());
  }

  /** CLAIMED → {@code next}, setting {@code attribute}; false if the pair was not CLAIMED. */
  private boolean finish(String runId, String endpointId, DeliveryStatus next, String attribute, String value) {
    try {
      dynamo.updateItem(b -> b.tableName(table).key(key(runId, "E#" + endpointId))
          .updateExpression("SET #st = :next, #a = :value")
          .conditionExpression("#st = :claimed")
          .expressionAttributeNames(Map.of("#st", "Status", "#a", attribute))
          .expressionAttributeValues(Map.of(":next", s(next.name()), ":value", s(value),
              ":claimed", s(DeliveryStatus.CLAIMED.name()))));
      return true;
    } catch (ConditionalCheckFailedException e) {
      return false;
    }
  }

  @Override
  public Optional<LedgerEntry> find(String runId, String endpointId) {
    GetItemResponse r = dynamo.getItem(b -> b.tableName(table).key(key(runId, "E#" + endpointId))
        .consistentRead(true));
    if (!r.hasItem() || r.item().isEmpty()) {
      return Optional.empty();
    }
    Map<String, AttributeValue> item = r.item();
    String skip = str(item, "SkipReason");
    String failure = str(item, "FailureReason");
    return Optional.of(new LedgerEntry(runId, endpointId, DeliveryStatus.valueOf(str(item, "Status")),
        Integer.parseInt(item.get("Attempts").n()),
        Instant.ofEpochMilli(Long.parseLong(item.get("LeaseUntil").n())), str(item, "ProviderMessageId"),
        skip == null ? null : SkipReason.valueOf(skip), failure == null ? null : FailureReason.valueOf(failure)));
  }

  private static Map<String, AttributeValue> key(String runId, String key) {
    return Map.of(RUN, s(runId), KEY, s(key));
  }
}
