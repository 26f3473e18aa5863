package dev.tern.aws;

import static dev.tern.aws.Attrs.n;
import static dev.tern.aws.Attrs.s;
import static dev.tern.aws.Attrs.str;

import dev.tern.model.campaign.ActivityResult;
import dev.tern.model.campaign.ActivityState;
import dev.tern.model.campaign.ActivityStore;
import dev.tern.model.campaign.CampaignActivity;
import dev.tern.model.campaign.FailureReason;
import dev.tern.model.campaign.Outcome;
import dev.tern.model.campaign.SkipReason;
import dev.tern.model.common.Timestamps;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * {@link ActivityStore} on CampaignRunsTable: one item per run, key {@code RunId} (S) — run ids are hashes, so
 * runs spread evenly over partitions — and a {@code CampaignIndex} (partition {@code CampaignKey} =
 * {@code <app>/<campaign>}, sort {@code ScheduledStart}) for GetCampaignActivities.
 *
 * <p>Counters are atomic {@code ADD}s with {@code ReturnValues=ALL_NEW}, so the caller sees the counts after its
 * own increment and exactly one caller sees the last endpoint counted. Skip and failure reasons are flat
 * attributes ({@code Skipped.OPTED_OUT}) because {@code ADD} on a nested map path needs the map to exist.
 * Known limit: every endpoint of a run increments this one item, which caps one run at DynamoDB's per-item
 * write rate (about 1,000 per second); sharded counters are the cure when runs need more.
 */
public final class DynamoDbActivityStore implements ActivityStore {

  static final String RUN_ID = "RunId";
  static final String CAMPAIGN_KEY = "CampaignKey";
  static final String CAMPAIGN_INDEX = "CampaignIndex";
  private static final String SKIPPED = "Skipped.";
  private static final String FAILED = "Failed.";

  private final DynamoDbClient dynamo;
  private final String table;

  /** A store on {@code table} through {@code dynamo}. */
  public DynamoDbActivityStore(DynamoDbClient dynamo, String table) {
    this.dynamo = dynamo;
    this.table = table;
  }

  @Override
  public boolean create(CampaignActivity a) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put(RUN_ID, s(a.runId()));
    item.put(CAMPAIGN_KEY, s(a.applicationId() + "/" + a.campaignId()));
    item.put("ApplicationId", s(a.applicationId()));
    item.put("CampaignId", s(a.campaignId()));
    item.put("CampaignVersion", n(a.campaignVersion()));
    item.put("TreatmentId", s(a.treatmentId()));
    item.put("ScheduledStart", s(Timestamps.format(a.scheduledStart())));
    putTime(item, "Start", a.start());
    putTime(item, "End", a.end());
    item.put("State", s(a.state().name()));
    if (a.result() != null) {
      item.put("Result", s(a.result().name()));
    }
    item.put("ExpectedEndpoints", n(a.expectedEndpoints()));
    item.put("TotalEndpointCount", n(a.totalEndpointCount()));
    item.put("SuccessfulEndpointCount", n(a.successfulEndpointCount()));
    a.skipped().forEach((r, count) -> item.put(SKIPPED + r.name(), n(count)));
    a.failed().forEach((r, count) -> item.put(FAILED + r.name(), n(count)));
    item.put("Slices", n(a.slices()));
    item.put("SlicesDone", n(a.slicesDone()));
    try {
      dynamo.putItem(b -> b.tableName(table).item(item)
          .conditionExpression("attribute_not_exists(#id)").expressionAttributeNames(Map.of("#id", RUN_ID)));
      return true;
    } catch (ConditionalCheckFailedException e) {
      return false;
    }
  }

  @Override
  public Optional<CampaignActivity> find(String runId) {
    GetItemResponse r = dynamo.getItem(b -> b.tableName(table).key(key(runId)).consistentRead(true));
    return r.hasItem() && !r.item().isEmpty() ? Optional.of(toActivity(r.item())) : Optional.empty();
  }

  @Override
  public List<CampaignActivity> forCampaign(String applicationId, String campaignId) {
    List<CampaignActivity> out = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    do {
      Map<String, AttributeValue> from = start;
      QueryResponse r = dynamo.query(b -> b.tableName(table).indexName(CAMPAIGN_INDEX)
          .keyConditionExpression("#k = :k")
          .expressionAttributeNames(Map.of("#k", CAMPAIGN_KEY))
          .expressionAttributeValues(Map.of(":k", s(applicationId + "/" + campaignId)))
          .exclusiveStartKey(from));
      r.items().forEach(item -> out.add(toActivity(item)));
      start = r.hasLastEvaluatedKey() && !r.lastEvaluatedKey().isEmpty() ? r.lastEvaluatedKey() : null;
    } while (start != null);
    return out;
  }

  @Override
  public CampaignActivity count(String runId, Outcome outcome) {
    Map<String, String> names = new HashMap<>();
    names.put("#id", RUN_ID);
    String update;
    if (outcome instanceof Outcome.Sent) {
      names.put("#t", "TotalEndpointCount");
      names.put("#ok", "SuccessfulEndpointCount");
      update = "ADD #t :one, #ok :one";
    } else if (outcome instanceof Outcome.Failed f) {
      names.put("#t", "TotalEndpointCount");
      names.put("#r", FAILED + f.reason().name());
      update = "ADD #t :one, #r :one";
    } else if (outcome instanceof Outcome.Skipped skip) {
      names.put("#r", SKIPPED + skip.reason().name());
      update = "ADD #r :one";
    } else {
      throw new IllegalArgumentException("not a countable outcome: " + outcome);
    }
    try {
      UpdateItemResponse r = dynamo.updateItem(b -> b.tableName(table).key(key(runId))
          .updateExpression(update).conditionExpression("attribute_exists(#id)")
          .expressionAttributeNames(names).expressionAttributeValues(Map.of(":one", n(1)))
          .returnValues(ReturnValue.ALL_NEW));
      return toActivity(r.attributes());
    } catch (ConditionalCheckFailedException e) {
      throw new IllegalStateException("no activity for run " + runId, e);
    }
  }

  /**
   * One transaction: a marker item {@code <run>/page/<pageKey>} put on condition it is absent, and the ADDs on
   * the run item — so a page is counted exactly once even when its job is redelivered, and a crash cannot
   * leave the marker without the count. A refused transaction means the page was counted before.
   */
  @Override
  public CampaignActivity addPage(String runId, String pageKey, long endpoints, boolean lastOfSlice) {
    Put marker = Put.builder().tableName(table)
        .item(Map.of(RUN_ID, s(runId + "/page/" + pageKey)))
        .conditionExpression("attribute_not_exists(#id)").expressionAttributeNames(Map.of("#id", RUN_ID)).build();
    Update add = Update.builder().tableName(table).key(key(runId))
        .updateExpression("ADD ExpectedEndpoints :n, SlicesDone :d")
        .conditionExpression("attribute_exists(#id)").expressionAttributeNames(Map.of("#id", RUN_ID))
        .expressionAttributeValues(Map.of(":n", n(endpoints), ":d", n(lastOfSlice ? 1 : 0))).build();
    try {
      dynamo.transactWriteItems(b -> b.transactItems(TransactWriteItem.builder().put(marker).build(),
          TransactWriteItem.builder().update(add).build()));
    } catch (TransactionCanceledException e) {
      boolean counted = e.hasCancellationReasons() && !e.cancellationReasons().isEmpty()
          && "ConditionalCheckFailed".equals(e.cancellationReasons().get(0).code());
      if (!counted) {
        throw e;
      }
    }
    return find(runId).orElseThrow(() -> new IllegalStateException("no activity for run " + runId));
  }

  @Override
  public boolean complete(String runId, ActivityResult result, Instant end) {
    try {
      dynamo.updateItem(b -> b.tableName(table).key(key(runId))
          .updateExpression("SET #st = :done, #res = :result, #end = :end")
          .conditionExpression("#st = :running")
          .expressionAttributeNames(Map.of("#st", "State", "#res", "Result", "#end", "End"))
          .expressionAttributeValues(Map.of(":done", s(ActivityState.COMPLETED.name()),
              ":result", s(result.name()), ":end", s(Timestamps.format(end)),
              ":running", s(ActivityState.RUNNING.name()))));
      return true;
    } catch (ConditionalCheckFailedException e) {
      return false;
    }
  }

  private static Map<String, AttributeValue> key(String runId) {
    return Map.of(RUN_ID, s(runId));
  }

  private static void putTime(Map<String, AttributeValue> item, String name, Instant value) {
    if (value != null) {
      item.put(name, s(Timestamps.format(value)));
    }
  }

  static CampaignActivity toActivity(Map<String, AttributeValue> item) {
    Map<SkipReason, Long> skipped = new EnumMap<>(SkipReason.class);
    Map<FailureReason, Long> failed = new EnumMap<>(FailureReason.class);
    item.forEach((name, value) -> {
      if (name.startsWith(SKIPPED)) {
        skipped.put(SkipReason.valueOf(name.substring(SKIPPED.length())), Long.parseLong(value.n()));
      } else if (name.startsWith(FAILED)) {
        failed.put(FailureReason.valueOf(name.substring(FAILED.length())), Long.parseLong(value.n()));
      }
    });
    String result = str(item, "Result");
    return new CampaignActivity(str(item, "ApplicationId"), str(item, "CampaignId"),
        Integer.parseInt(item.get("CampaignVersion").n()), str(item, RUN_ID), str(item, "TreatmentId"),
        time(item, "ScheduledStart"), time(item, "Start"), time(item, "End"),
        ActivityState.valueOf(str(item, "State")), result == null ? null : ActivityResult.valueOf(result),
        longOf(item, "ExpectedEndpoints"), longOf(item, "TotalEndpointCount"),
        longOf(item, "SuccessfulEndpointCount"), skipped, failed, (int) longOf(item, "Slices"),
        (int) longOf(item, "SlicesDone"));
  }

  private static Instant time(Map<String, AttributeValue> item, String name) {
    String text = str(item, name);
    return text == null ? null : Timestamps.parse(text);
  }

  private static long longOf(Map<String, AttributeValue> item, String name) {
    return item.containsKey(name) ? Long.parseLong(item.get(name).n()) : 0L;
  }
}
