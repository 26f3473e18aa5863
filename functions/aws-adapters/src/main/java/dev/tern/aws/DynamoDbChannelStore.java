package dev.tern.aws;

import dev.tern.model.campaign.EmailChannel;
import dev.tern.model.campaign.EmailChannels;
import dev.tern.model.channel.Channel;
import dev.tern.model.channel.ChannelKind;
import dev.tern.model.channel.ChannelStore;
import dev.tern.model.channel.Channels;
import dev.tern.model.common.Timestamps;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * {@link ChannelStore} (and the {@link EmailChannels} view the campaign scheduler reads) on one DynamoDB
 * table, partition key {@code ApplicationId} (S), sort key {@code ChannelType} (S, the platform name such
 * as {@code EMAIL}): one item per configured channel, so GetChannels is one Query of the app's partition
 * and all ten channel kinds share one design. Settings are a map attribute {@code Settings} of the
 * request's string members. Puts are conditional on the stored {@code Version}.
 */
public final class DynamoDbChannelStore implements ChannelStore, EmailChannels {

  static final String APP = "ApplicationId";
  static final String TYPE = "ChannelType";

  private final DynamoDbClient dynamo;
  private final String table;

  /** A store on {@code table} through {@code dynamo}. */
  public DynamoDbChannelStore(DynamoDbClient dynamo, String table) {
    this.dynamo = dynamo;
    this.table = table;
  }

  static Map<String, AttributeValue> key(String applicationId, ChannelKind kind) {
    return Map.of(APP, AttributeValue.fromS(applicationId), TYPE, AttributeValue.fromS(kind.platform()));
  }

  static Map<String, AttributeValue> toItem(Channel c) {
    Map<String, AttributeValue> item = new HashMap<>(key(c.applicationId(), c.kind()));
    item.put("Enabled", AttributeValue.fromBool(c.enabled()));
    item.put("Version", AttributeValue.fromN(Integer.toString(c.version())));
    item.put("CreationDate", AttributeValue.fromS(Timestamps.format(c.creationDate())));
    item.put("LastModifiedDate", AttributeValue.fromS(Timestamps.format(c.lastModifiedDate())));
    Map<String, AttributeValue> settings = new HashMap<>();
    c.settings().forEach((k, v) -> settings.put(k, AttributeValue.fromS(v)));
    item.put("Settings", AttributeValue.fromM(settings));
    return item;
  }

  static Channel toChannel(Map<String, AttributeValue> item) {
    ChannelKind kind = ChannelKind.valueOf(item.get(TYPE).s());
    Map<String, String> settings = new LinkedHashMap<>();
    Map<String, AttributeValue> stored = item.containsKey("Settings") ? item.get("Settings").m() : Map.of();
    // Model order, not DynamoDB's map order.
    for (ChannelKind.Member member : kind.members()) {
      if (stored.containsKey(member.name())) {
        settings.put(member.name(), stored.get(member.name()).s());
      }
    }
    return new Channel(item.get(APP).s(), kind, item.get("Enabled").bool(), Integer.parseInt(item.get("Version").n()),
        Timestamps.parse(item.get("CreationDate").s()), Timestamps.parse(item.get("LastModifiedDate").s()), settings);
  }

  @Override
  public Optional<Channel> find(String applicationId, ChannelKind kind) {
    GetItemResponse r = dynamo.getItem(b -> b.tableName(table).key(key(applicationId, kind)).consistentRead(true));
    return r.hasItem() && !r.item().isEmpty() ? Optional.of(toChannel(r.item())) : Optional.empty();
  }

  @Override
  public List<Channel> list(String applicationId) {
    // At most ten items per app: one page always holds them all.
    return dynamo.query(b -> b.tableName(table)
            .keyConditionExpression("#a = :a")
            .expressionAttributeNames(Map.of("#a", APP))
            .expressionAttributeValues(Map.of(":a", AttributeValue.fromS(applicationId)))
            .consistentRead(true))
        .items().stream().map(DynamoDbChannelStore::toChannel).toList();
  }

  @Override
  public boolean put(Channel channel) {
    ItemLimits.require(toItem(channel), "The channel configuration");
    try {
      if (channel.version() == 1) {
        dynamo.putItem(b -> b.tableName(table).item(toItem(channel))
            .conditionExpression("attribute_not_exists(#t)")
            .expressionAttributeNames(Map.of("#t", TYPE)));
      } else {
        dynamo.putItem(b -> b.tableName(table).item(toItem(channel))
            .conditionExpression("#v = :previous")
            .expressionAttributeNames(Map.of("#v", "Version"))
            .expressionAttributeValues(Map.of(":previous", AttributeValue.fromN(Integer.toString(channel.version() - 1)))));
      }
      return true;
    } catch (ConditionalCheckFailedException e) {
      return false;
    } catch (DynamoDbException e) {
      throw ItemLimits.translate(e, "The channel configuration");
    }
  }

  @Override
  public Optional<Channel> delete(String applicationId, ChannelKind kind) {
    DeleteItemResponse r = dynamo.deleteItem(b -> b.tableName(table).key(key(applicationId, kind))
        .returnValues(ReturnValue.ALL_OLD));
    return r.hasAttributes() && !r.attributes().isEmpty() ? Optional.of(toChannel(r.attributes())) : Optional.empty();
  }

  @Override
  public Optional<EmailChannel> emailChannel(String applicationId) {
    return find(applicationId, ChannelKind.EMAIL).map(Channels::toEmailChannel);
  }
}
