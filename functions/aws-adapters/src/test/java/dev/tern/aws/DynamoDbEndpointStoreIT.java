package dev.tern.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tern.model.common.Page;
import dev.tern.model.endpoint.AttributeName;
import dev.tern.model.endpoint.Endpoint;
import dev.tern.model.endpoint.ScannedEndpoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * {@link DynamoDbEndpointStore} and {@link DynamoDbAttributeCatalog} against moto's DynamoDB, with the
 * table shaped as template.yaml's EndpointsTable (run with {@code -Pit}).
 */
class DynamoDbEndpointStoreIT {

  static final String TABLE = "EndpointsTable-it";
  static final String APP = "0123456789abcdef0123456789abcdef";
  static MotoDynamoDb moto;
  static DynamoDbEndpointStore store;
  static DynamoDbAttributeCatalog catalog;

  @BeforeAll
  static void startMoto() throws Exception {
    moto = MotoDynamoDb.start();
    moto.dynamo.createTable(b -> b.tableName(TABLE)
        .billingMode(BillingMode.PAY_PER_REQUEST)
        .attributeDefinitions(attribute("Bucket"), attribute("EndpointId"), attribute("UserKey"))
        .keySchema(key("Bucket", KeyType.HASH), key("EndpointId", KeyType.RANGE))
        .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("UserIndex")
            .keySchema(key("UserKey", KeyType.HASH), key("EndpointId", KeyType.RANGE))
            .projection(Projection.builder().projectionType(ProjectionType.ALL).build()).build()));
    store = new DynamoDbEndpointStore(moto.dynamo, TABLE);
    catalog = new DynamoDbAttributeCatalog(moto.dynamo, TABLE);
  }

  @AfterAll
  static void stopMoto() {
    if (moto != null) {
      moto.close();
    }
  }

  static AttributeDefinition attribute(String name) {
    return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
  }

  static KeySchemaElement key(String name, KeyType type) {
    return KeySchemaElement.builder().attributeName(name).keyType(type).build();
  }

  @Test
  void putGetUpdateAndDeleteKeepLastActivityAcrossUpdates() {
    Endpoint e = DynamoDbEndpointStoreTest.endpoint("it-1", "u1");
    store.put(e);
    assertEquals(Optional.of(e), store.get(APP, "it-1"));

    Instant t = Instant.parse("2026-11-26T11:00:00.000Z");
    assertTrue(store.recordActivity(APP, "it-1", t));
    assertFalse(store.recordActivity(APP, "it-1", t.minusSeconds(60)), "never backwards");
    assertFalse(store.recordActivity(APP, "nobody", t), "never creates an endpoint");
    assertEquals(Optional.empty(), store.get(APP, "nobody"));

    Endpoint withoutUser = e.withoutUserId();
    store.put(withoutUser);
    assertEquals(Optional.of(withoutUser), store.get(APP, "it-1"));
    assertEquals(Optional.of(t), store.lastActivity(APP, "it-1"), "an update keeps LastActivity");
    ScannedEndpoint scanned = IntStream.range(0, 64)
        .mapToObj(segment -> store.scan(APP, segment, 64, null, 10).items()).flatMap(List::stream)
        .filter(x -> x.endpoint().id().equals("it-1")).findFirst().orElseThrow();
    assertEquals(t, scanned.lastEvent(), "a segment scan reads LastActivity with the endpoint");
    assertEquals(List.of(), store.endpointsOfUser(APP, "u1"), "UserKey removed with the user");

    assertEquals(Optional.of(withoutUser), store.delete(APP, "it-1"));
    assertEquals(Optional.empty(), store.get(APP, "it-1"));
  }

  @Test
  void userIndexFindsAndDeletesTheUsersEndpoints() {
    store.put(DynamoDbEndpointStoreTest.endpoint("it-u-1", "dora"));
    store.put(DynamoDbEndpointStoreTest.endpoint("it-u-2", "dora"));
    assertEquals(Set.of("it-u-1", "it-u-2"), ids(store.endpointsOfUser(APP, "dora")));
    assertEquals(2, store.deleteUserEndpoints(APP, "dora").size());
    assertEquals(List.of(), store.endpointsOfUser(APP, "dora"));
  }

  @Test
  void fourSegmentsPagedByThreeSeeEveryEndpointOfTheAppExactlyOnce() {
    String app = "fedcba9876543210fedcba9876543210";
    Set<String> written = new HashSet<>();
    for (int i = 0; i < 40; i++) {
      Endpoint e = DynamoDbEndpointStoreTest.endpoint("scan-" + i, null);
      store.put(new Endpoint(e.id(), app, e.channelType(), e.address(), e.attributes(), e.demographic(), e.location(),
          e.metrics(), e.optOut(), e.user(), e.effectiveDate(), e.endpointStatus(), e.requestId(), e.creationDate(), e.cohortId()));
      written.add(e.id());
    }
    catalog.add(app, Set.of(new AttributeName(AttributeName.Kind.ENDPOINT_CUSTOM, "not-an-endpoint")));
    List<String> seen = new ArrayList<>();
    for (int segment = 0; segment < 4; segment++) {
      String token = null;
      do {
        Page<ScannedEndpoint> page = store.scan(app, segment, 4, token, 3);
        assertTrue(page.items().size() <= 3);
        page.items().forEach(e -> seen.add(e.endpoint().id()));
        token = page.nextToken();
      } while (token != null);
    }
    assertEquals(written.size(), seen.size(), "no endpoint twice");
    assertEquals(written, new HashSet<>(seen));
  }

  @Test
  void catalogAddsRemovesAndReadsNames() {
    String app = "00000000000000000000000000000001";
    AttributeName plan = new AttributeName(AttributeName.Kind.ENDPOINT_CUSTOM, "plan");
    AttributeName score = new AttributeName(AttributeName.Kind.ENDPOINT_METRIC, "score:v2");
    catalog.add(app, Set.of(plan, score));
    catalog.add(app, Set.of(plan));
    assertEquals(Set.of(plan, score), catalog.names(app));
    catalog.remove(app, Set.of(plan));
    assertEquals(Set.of(score), catalog.names(app));
  }

  static Set<String> ids(List<Endpoint> endpoints) {
    Set<String> ids = new HashSet<>();
    endpoints.forEach(e -> ids.add(e.id()));
    return ids;
  }
}
