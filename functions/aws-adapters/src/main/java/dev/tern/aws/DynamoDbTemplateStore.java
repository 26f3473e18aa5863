package dev.tern.aws;

import dev.tern.model.common.ConflictException;
import dev.tern.model.common.Timestamps;
import dev.tern.model.template.EmailTemplate;
import dev.tern.model.template.InAppTemplate;
import dev.tern.model.template.MessageTemplate;
import dev.tern.model.template.PushTemplate;
import dev.tern.model.template.SmsTemplate;
import dev.tern.model.template.StoreResult;
import dev.tern.model.template.TemplateLimits;
import dev.tern.model.template.TemplateStore;
import dev.tern.model.template.TemplateType;
import dev.tern.model.template.TemplateVersion;
import dev.tern.model.template.VoiceTemplate;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * {@link TemplateStore} on one DynamoDB table, partition key {@code TemplateKey} (S), sort key
 * {@code Sort} (S), with the version rules of {@link dev.tern.model.template.InMemoryTemplateStore}
 * (the reference; each rule's source is cited there).
 *
 * <p>Items: one head per template in the partition {@code HEADS}, sort key {@code <name>#<TYPE>} (so
 * ListTemplates is a Query with {@code begins_with(Sort, prefix)} in name order), holding the active,
 * latest and last-issued version numbers, the version count and a {@code Revision} counter; one item per
 * version in the partition {@code <TYPE>#<name>}, sort key the zero-padded number, holding the content
 * (see {@link RecordAttributes}). Templates are account-wide and few (20,000 per account), and Pinpoint
 * limits template writes to about 10 per second, far below one partition's capacity.
 *
 * <p>Every write is a transaction conditioned on the head's {@code Revision} it read, so two concurrent
 * writers cannot both act on the same state; the loser re-reads and retries, and after a few rounds
 * answers 409.
 */
public final class DynamoDbTemplateStore implements TemplateStore {

  static final String PK = "TemplateKey";
  static final String SK = "Sort";
  static final String HEADS = "HEADS";
  private static final String LATEST = "latest";
  private static final int ATTEMPTS = 4;

  private final DynamoDbClient dynamo;
  private final String table;
  private final Clock clock;

  /** A store on {@code table} through {@code dynamo}, dating versions with {@code clock}. */
  public DynamoDbTemplateStore(DynamoDbClient dynamo, String table, Clock clock) {
    this.dynamo = dynamo;
    this.table = table;
    this.clock = clock;
  }

  /** The head of one template as read. */
  record Head(String name, TemplateType type, long active, long latest, long last, long count, long revision) {}

  // ---------------------------------------------------------------- keys and items

  static Map<String, AttributeValue> headKey(String name, TemplateType type) {
    return Map.of(PK, s(HEADS), SK, s(name + "#" + type.name()));
  }

  static String versionPartition(String name, TemplateType type) {
    return type.name() + "#" + name;
  }

  static Map<String, AttributeValue> versionKey(String name, TemplateType type, long number) {
    return Map.of(PK, s(versionPartition(name, type)), SK, s(String.format("%010d", number)));
  }

  static Map<String, AttributeValue> headItem(Head h) {
    Map<String, AttributeValue> item = new HashMap<>(headKey(h.name(), h.type()));
    item.put("Name", s(h.name()));
    item.put("TemplateType", s(h.type().name()));
    item.put("Active", n(h.active()));
    item.put("Latest", n(h.latest()));
    item.put("Last", n(h.last()));
    item.put("Count", n(h.count()));
    item.put("Revision", n(h.revision()));
    return item;
  }

  static Head toHead(Map<String, AttributeValue> item) {
    return new Head(item.get("Name").s(), TemplateType.valueOf(item.get("TemplateType").s()), num(item, "Active"),
        num(item, "Latest"), num(item, "Last"), num(item, "Count"), num(item, "Revision"));
  }

  static Map<String, AttributeValue> versionItem(TemplateVersion v) {
    Map<String, AttributeValue> item = new HashMap<>(versionKey(v.name(), v.type(), v.number()));
    item.put("Name", s(v.name()));
    item.put("TemplateType", s(v.type().name()));
    item.put("Version", s(v.version()));
    item.put("CreationDate", s(Timestamps.format(v.creationDate())));
    item.put("LastModifiedDate", s(Timestamps.format(v.lastModifiedDate())));
    item.put("Content", RecordAttributes.toAttribute((Record) v.template()));
    return item;
  }

  static TemplateVersion toVersion(Map<String, AttributeValue> item) {
    TemplateType type = TemplateType.valueOf(item.get("TemplateType").s());
    MessageTemplate content = RecordAttributes.fromAttribute(contentClass(type), item.get("Content"));
    return new TemplateVersion(item.get("Name").s(), item.get("Version").s(),
        Timestamps.parse(item.get("CreationDate").s()), Timestamps.parse(item.get("LastModifiedDate").s()), content);
  }

  private static Class<? extends MessageTemplate> contentClass(TemplateType type) {
    return switch (type) {
      case EMAIL -> EmailTemplate.class;
      case SMS -> SmsTemplate.class;
      case VOICE -> VoiceTemplate.class;
      case PUSH -> PushTemplate.class;
      case INAPP -> InAppTemplate.class;
    };
  }

  // ---------------------------------------------------------------- reads

  private Optional<Head> head(String name, TemplateType type) {
    GetItemResponse r = dynamo.getItem(b -> b.tableName(table).key(headKey(name, type)).consistentRead(true));
    return r.hasItem() && !r.item().isEmpty() ? Optional.of(toHead(r.item())) : Optional.empty();
  }

  private Optional<TemplateVersion> version(String name, TemplateType type, long number) {
    GetItemResponse r = dynamo.getItem(b -> b.tableName(table).key(versionKey(name, type, number)).consistentRead(true));
    return r.hasItem() && !r.item().isEmpty() ? Optional.of(toVersion(r.item())) : Optional.empty();
  }

  @Override
  public StoreResult get(String name, TemplateType type, String version) {
    Optional<Head> head = head(name, type);
    if (head.isEmpty()) {
      return notFound(name, type);
    }
    long number;
    if (version == null) {
      number = head.get().active();
    } else {
      Long parsed = parseVersion(version);
      if (parsed == null) {
        return badVersion(version);
      }
      number = parsed;
    }
    return version(name, type, number).<StoreResult>map(StoreResult.Ok::new)
        .orElseGet(() -> versionNotFound(name, type, version));
  }

  @Override
  public StoreResult latest(String name, TemplateType type) {
    return head(name, type)
        .flatMap(h -> version(name, type, h.latest()))
        .<StoreResult>map(StoreResult.Ok::new)
        .orElseGet(() -> notFound(name, type));
  }

  @Override
  public StoreResult list(String prefix, TemplateType type, int pageSize, String nextToken) {
    if (pageSize < 1) {
      return new StoreResult.Rejected("page-size", "must be at least 1");
    }
    Map<String, AttributeValue> start = null;
    if (nextToken != null) {
      String after = decode(nextToken);
      if (after == null || after.indexOf('#') < 1) {
        return new StoreResult.Rejected("next-token", "is not a token this service issued");
      }
      start = Map.of(PK, s(HEADS), SK, s(after));
    }
    List<Head> heads = new ArrayList<>();
    boolean more = false;
    // Filtering by type happens after the read, so keep reading until the page is full or the heads end.
    do {
      Map<String, AttributeValue> from = start;
      QueryResponse r = dynamo.query(b -> {
        b.tableName(table).consistentRead(true).exclusiveStartKey(from).limit(Math.max(pageSize, 25));
        if (prefix == null || prefix.isEmpty()) {
          b.keyConditionExpression("#pk = :pk")
              .expressionAttributeNames(Map.of("#pk", PK))
              .expressionAttributeValues(Map.of(":pk", s(HEADS)));
        } else {
          b.keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
              .expressionAttributeNames(Map.of("#pk", PK, "#sk", SK))
              .expressionAttributeValues(Map.of(":pk", s(HEADS), ":prefix", s(prefix)));
        }
      });
      for (Map<String, AttributeValue> item : r.items()) {
        Head h = toHead(item);
        if (type != null && h.type() != type) {
          continue;
        }
        if (heads.size() == pageSize) {
          more = true;
          break;
        }
        heads.add(h);
      }
      start = r.hasLastEvaluatedKey() && !r.lastEvaluatedKey().isEmpty() ? r.lastEvaluatedKey() : null;
    } while (!more && start != null);
    List<TemplateVersion> page = new ArrayList<>();
    for (Head h : heads) {
      version(h.name(), h.type(), h.active()).ifPresent(page::add);
    }
    String token = more ? encode(heads.get(heads.size() - 1).name() + "#" + heads.get(heads.size() - 1).type()) : null;
    return new StoreResult.Listed(page, token);
  }

  @Override
  public StoreResult listVersions(String name, TemplateType type, int pageSize, String nextToken) {
    if (pageSize < 1) {
      return new StoreResult.Rejected("page-size", "must be at least 1");
    }
    if (head(name, type).isEmpty()) {
      return notFound(name, type);
    }
    Map<String, AttributeValue> start = null;
    if (nextToken != null) {
      Long below = parseVersion(nextToken);
      if (below == null) {
        return new StoreResult.Rejected("next-token", "is not a token this service issued");
      }
      start = versionKey(name, type, below);
    }
    Map<String, AttributeValue> from = start;
    QueryResponse r = dynamo.query(b -> b.tableName(table).consistentRead(true)
        .keyConditionExpression("#pk = :pk")
        .expressionAttributeNames(Map.of("#pk", PK))
        .expressionAttributeValues(Map.of(":pk", s(versionPartition(name, type))))
        .scanIndexForward(false)
        .limit(pageSize)
        .exclusiveStartKey(from));
    List<TemplateVersion> page = r.items().stream().map(DynamoDbTemplateStore::toVersion).toList();
    boolean more = r.hasLastEvaluatedKey() && !r.lastEvaluatedKey().isEmpty();
    return new StoreResult.Listed(page, more && !page.isEmpty() ? page.get(page.size() - 1).version() : null);
  }

  // ---------------------------------------------------------------- writes

  @Override
  public StoreResult create(String name, MessageTemplate template) {
    Instant now = clock.instant();
    TemplateVersion first = new TemplateVersion(name, "1", now, now, template);
    Put head = Put.builder().tableName(table)
        .item(headItem(new Head(name, template.type(), 1, 1, 1, 1, 1)))
        .conditionExpression("attribute_not_exists(#pk)")
        .expressionAttributeNames(Map.of("#pk", PK))
        .build();
    Put version = Put.builder().tableName(table).item(versionItem(first)).build();
    if (!transact(TransactWriteItem.builder().put(head).build(), TransactWriteItem.builder().put(version).build())) {
      return new StoreResult.Rejected("TemplateName", "Template already exists: " + name + " (" + template.type() + ")");
    }
    return new StoreResult.Ok(first);
  }

  @Override
  public StoreResult update(String name, MessageTemplate template, boolean createNewVersion, String version) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Optional<Head> read = head(name, template.type());
      if (read.isEmpty()) {
        return notFound(name, template.type());
      }
      Head h = read.get();
      if (createNewVersion && version != null) {
        return new StoreResult.Rejected("version", "must be omitted when create-new-version is true");
      }
      Optional<TemplateVersion> latest = version(name, template.type(), h.latest());
      if (latest.isEmpty()) {
        continue; // changed under us
      }
      if (version != null && !version.equals(latest.get().version())) {
        return new StoreResult.Rejected("version",
            "must match the latest version " + latest.get().version() + ", was " + version);
      }
      MessageTemplate content = template.withTags(latest.get().template().tags());
      Instant now = clock.instant();
      TemplateVersion written;
      Head next;
      if (!createNewVersion) {
        written = new TemplateVersion(name, latest.get().version(), latest.get().creationDate(), now, content);
        next = new Head(name, h.type(), h.active(), h.latest(), h.last(), h.count(), h.revision() + 1);
      } else {
        if (h.count() >= TemplateLimits.VERSIONS) {
          return new StoreResult.Rejected("create-new-version",
              "a template keeps at most " + TemplateLimits.VERSIONS + " versions");
        }
        long number = h.last() + 1;
        written = new TemplateVersion(name, Long.toString(number), now, now, content);
        next = new Head(name, h.type(), h.active(), number, number, h.count() + 1, h.revision() + 1);
      }
      if (transact(putHead(next, h.revision()), TransactWriteItem.builder()
          .put(Put.builder().tableName(table).item(versionItem(written)).build()).build())) {
        return new StoreResult.Ok(written);
      }
    }
    throw conflict(name);
  }

  @Override
  public StoreResult setActiveVersion(String name, TemplateType type, String version) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Optional<Head> read = head(name, type);
      if (read.isEmpty()) {
        return notFound(name, type);
      }
      if (version == null) {
        return new StoreResult.Rejected("Version", "is required: \"latest\" or a version id");
      }
      Head h = read.get();
      long number;
      if (LATEST.equals(version)) {
        number = h.latest();
      } else {
        Long parsed = parseVersion(version);
        if (parsed == null) {
          return badVersion(version);
        }
        number = parsed;
      }
      Optional<TemplateVersion> target = version(name, type, number);
      if (target.isEmpty()) {
        return versionNotFound(name, type, version);
      }
      Head next = new Head(name, type, number, h.latest(), h.last(), h.count(), h.revision() + 1);
      if (transact(putHead(next, h.revision()))) {
        return new StoreResult.Ok(target.get());
      }
    }
    throw conflict(name);
  }

  @Override
  public StoreResult delete(String name, TemplateType type, String version) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Optional<Head> read = head(name, type);
      if (read.isEmpty()) {
        return notFound(name, type);
      }
      Head h = read.get();
      if (version == null) {
        if (deleteAll(h)) {
          return new StoreResult.Deleted(name, type, null);
        }
        continue;
      }
      Long number = parseVersion(version);
      if (number == null) {
        return badVersion(version);
      }
      if (version(name, type, number).isEmpty()) {
        return versionNotFound(name, type, version);
      }
      if (h.count() == 1) {
        if (deleteAll(h)) {
          return new StoreResult.Deleted(name, type, version);
        }
        continue;
      }
      if (number == h.active()) {
        return new StoreResult.Rejected("version",
            "version " + version + " is the active version; make another version active first");
      }
      long latest = h.latest();
      if (number == latest) {
        // The next-highest remaining version becomes the latest.
        latest = dynamo.query(b -> b.tableName(table).consistentRead(true)
                .keyConditionExpression("#pk = :pk AND #sk < :sk")
                .expressionAttributeNames(Map.of("#pk", PK, "#sk", SK))
                .expressionAttributeValues(Map.of(":pk", s(versionPartition(name, type)),
                    ":sk", versionKey(name, type, number).get(SK)))
                .scanIndexForward(false).limit(1))
            .items().stream().findFirst().map(i -> Long.parseLong(i.get("Version").s())).orElse(h.active());
      }
      Head next = new Head(name, type, h.active(), latest, h.last(), h.count() - 1, h.revision() + 1);
      if (transact(putHead(next, h.revision()), TransactWriteItem.builder()
          .delete(Delete.builder().tableName(table).key(versionKey(name, type, number)).build()).build())) {
        return new StoreResult.Deleted(name, type, version);
      }
    }
    throw conflict(name);
  }

  /** Deletes the head (conditionally), then every version item; false if the head changed meanwhile. */
  private boolean deleteAll(Head h) {
    if (!transact(TransactWriteItem.builder().delete(Delete.builder().tableName(table)
        .key(headKey(h.name(), h.type()))
        .conditionExpression("#r = :r")
        .expressionAttributeNames(Map.of("#r", "Revision"))
        .expressionAttributeValues(Map.of(":r", n(h.revision())))
        .build()).build())) {
      return false;
    }
    // The head is gone, so every read answers 404 from here on; the versions are cleanup.
    BatchDeletes.deleteAll(dynamo, table, b -> b
        .keyConditionExpression("#pk = :pk")
        .expressionAttributeNames(Map.of("#pk", PK, "#sk", SK))
        .expressionAttributeValues(Map.of(":pk", s(versionPartition(h.name(), h.type()))))
        .projectionExpression("#pk, #sk"));
    return true;
  }

  private TransactWriteItem putHead(Head next, long seenRevision) {
    return TransactWriteItem.builder().put(Put.builder().tableName(table)
        .item(headItem(next))
        .conditionExpression("#r = :r")
        .expressionAttributeNames(Map.of("#r", "Revision"))
        .expressionAttributeValues(Map.of(":r", n(seenRevision)))
        .build()).build();
  }

  /** Runs the transaction; false if a condition failed (someone else wrote first). */
  private boolean transact(TransactWriteItem... items) {
    ItemLimits.require(items, "The template");
    try {
      dynamo.transactWriteItems(b -> b.transactItems(items));
      return true;
    } catch (TransactionCanceledException e) {
      if (e.hasCancellationReasons()
          && e.cancellationReasons().stream().anyMatch(r -> "ConditionalCheckFailed".equals(r.code()))) {
        return false;
      }
      throw e;
    } catch (DynamoDbException e) {
      throw ItemLimits.translate(e, "The template");
    }
  }

  // ---------------------------------------------------------------- helpers

  private static ConflictException conflict(String name) {
    return new ConflictException("Template " + name + " is being changed concurrently; retry the request");
  }

  private static Long parseVersion(String version) {
    if (version == null || version.isEmpty() || version.length() > 10 || !version.chars().allMatch(Character::isDigit)) {
      return null;
    }
    long n = Long.parseLong(version);
    return n >= 1 ? n : null;
  }

  private static String encode(String sortKey) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(("templates.v1:" + sortKey).getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(String token) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      // A sort key is at most 1,024 bytes; anything longer is not a token this store issued.
      return text.startsWith("templates.v1:") && text.length() < 300 ? text.substring("templates.v1:".length()) : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static StoreResult notFound(String name, TemplateType type) {
    return new StoreResult.NotFound("Template not found: " + name + " (" + type + ")");
  }

  private static StoreResult versionNotFound(String name, TemplateType type, String version) {
    return new StoreResult.NotFound("Template version not found: " + name + " (" + type + ") version " + version);
  }

  private static StoreResult badVersion(String version) {
    return new StoreResult.Rejected("version", "must be a version id (a positive integer), was " + version);
  }

  private static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }

  private static AttributeValue n(long value) {
    return AttributeValue.fromN(Long.toString(value));
  }

  private static long num(Map<String, AttributeValue> item, String name) {
    return Long.parseLong(item.get(name).n());
  }
}
