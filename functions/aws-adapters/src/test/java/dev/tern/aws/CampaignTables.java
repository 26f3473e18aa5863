package dev.tern.aws;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** CampaignsTable and CampaignRunsTable as template.yaml declares them, for the *IT classes. */
final class CampaignTables {

  private CampaignTables() {}

  static void create(DynamoDbClient dynamo, String campaigns, String runs) {
    dynamo.createTable(b -> b.tableName(campaigns).billingMode(BillingMode.PAY_PER_REQUEST)
        .attributeDefinitions(attr("ApplicationId"), attr("Sk"), attr("HeadState"))
        .keySchema(key("ApplicationId", KeyType.HASH), key("Sk", KeyType.RANGE))
        .globalSecondaryIndexes(index("StateIndex", "HeadState", "Sk")));
    dynamo.createTable(b -> b.tableName(runs).billingMode(BillingMode.PAY_PER_REQUEST)
        .attributeDefinitions(attr("RunId"), attr("CampaignKey"), attr("ScheduledStart"))
        .keySchema(key("RunId", KeyType.HASH))
        .globalSecondaryIndexes(index("CampaignIndex", "CampaignKey", "ScheduledStart")));
  }

  static AttributeDefinition attr(String name) {
    return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
  }

  static KeySchemaElement key(String name, KeyType type) {
    return KeySchemaElement.builder().attributeName(name).keyType(type).build();
  }

  static GlobalSecondaryIndex index(String name, String hash, String range) {
    return GlobalSecondaryIndex.builder().indexName(name)
        .keySchema(key(hash, KeyType.HASH), key(range, KeyType.RANGE))
        .projection(Projection.builder().projectionType(ProjectionType.ALL).build()).build();
  }
}
