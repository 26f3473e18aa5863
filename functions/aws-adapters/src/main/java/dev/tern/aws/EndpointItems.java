package dev.tern.aws;

import dev.tern.model.common.Timestamps;
import dev.tern.model.endpoint.ChannelType;
import dev.tern.model.endpoint.Endpoint;
import dev.tern.model.endpoint.EndpointDemographic;
import dev.tern.model.endpoint.EndpointLocation;
import dev.tern.model.endpoint.EndpointStatus;
import dev.tern.model.endpoint.EndpointUser;
import dev.tern.model.endpoint.OptOut;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Maps endpoints to items of EndpointsTable and back, and owns the table's key design.
 *
 * <p><b>Keys</b>: partition key {@code Bucket} = {@code {applicationId}#{00..63}}, the bucket being a
 * hash of the endpoint id; sort key {@code EndpointId}. One partition per application would put all of
 * a large application's writes on one partition key (DynamoDB serves about 1,000 writes/s per partition
 * key: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/bp-partition-key-design.html);
 * 64 buckets spread a million-endpoint application over 64 keys, and reading one application is still
 * a Query per bucket, never a Scan of every application's items.
 *
 * <p><b>Users</b>: {@code UserKey} = {@code {applicationId}#{userId}} only on endpoints with a UserId,
 * so the global secondary index {@code UserIndex} (UserKey, EndpointId) is sparse.
 *
 * <p>Other attributes are Pinpoint's member names, so an item reads like the API's JSON; absent members
 * are absent attributes. {@code LastActivity} is written only by the event recorder.
 */
final class EndpointItems {

  static final String BUCKET = "Bucket";
  static final String ENDPOINT_ID = "EndpointId";
  static final String USER_KEY = "UserKey";
  static final String USER_INDEX = "UserIndex";
  static final String LAST_ACTIVITY = "LastActivity";
  /** Buckets per application; a scan segment reads whole buckets, so at most this many segments. */
  static final int BUCKETS = 64;

  /** Every data attribute an endpoint item may have besides its keys (absent ones are REMOVEd on write). */
  static final List<String> DATA = List.of("ApplicationId", "ChannelType", "Address", "Attributes", "Demographic",
      "Location", "Metrics", "OptOut", "UserId", "UserAttributes", "EffectiveDate", "EndpointStatus", "RequestId",
      "CreationDate", "CohortId", USER_KEY);

  private EndpointItems() {}

  /** The bucket (0–63) of an endpoint id: the first 4 bytes of SHA-256(UTF-8 id), modulo 64. */
  static int bucket(String endpointId) {
    byte[] digest;
    try {
      digest = MessageDigest.getInstance("SHA-256").digest(endpointId.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK provides SHA-256", e);
    }
    int prefix = ((digest[0] & 0xFF) << 24) | ((digest[1] & 0xFF) << 16) | ((digest[2] & 0xFF) << 8) | (digest[3] & 0xFF);
    return Math.floorMod(prefix, BUCKETS);
  }

  /** The partition key value of bucket {@code bucket} of an application. */
  static String bucketKey(String applicationId, int bucket) {
    return applicationId + "#" + String.format("%02d", bucket);
  }

  static Map<String, AttributeValue> key(String applicationId, String endpointId) {
    return Map.of(BUCKET, s(bucketKey(applicationId, bucket(endpointId))), ENDPOINT_ID, s(endpointId));
  }

  static String userKey(String applicationId, String userId) {
    return applicationId + "#" + userId;
  }

  /** The data attributes of {@code e} (no keys); members the endpoint does not have are left out. */
  static Map<String, AttributeValue> data(Endpoint e) {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    item.put("ApplicationId", s(e.applicationId()));
    putS(item, "ChannelType", e.channelType() == null ? null : e.channelType().name());
    putS(item, "Address", e.address());
    putLists(item, "Attributes", e.attributes());
    Map<String, AttributeValue> demographic = demographic(e.demographic());
    if (!demographic.isEmpty()) {
      item.put("Demographic", AttributeValue.fromM(demographic));
    }
    Map<String, AttributeValue> location = location(e.location());
    if (!location.isEmpty()) {
      item.put("Location", AttributeValue.fromM(location));
    }
    if (!e.metrics().isEmpty()) {
      Map<String, AttributeValue> metrics = new LinkedHashMap<>();
      e.metrics().forEach((k, v) -> metrics.put(k, n(v)));
      item.put("Metrics", AttributeValue.fromM(metrics));
    }
    item.put("OptOut", s(e.optOut().name()));
    putS(item, "UserId", e.userId());
    putLists(item, "UserAttributes", e.user().userAttributes());
    putS(item, "EffectiveDate", e.effectiveDate() == null ? null : Timestamps.format(e.effectiveDate()));
    item.put("EndpointStatus", s(e.endpointStatus().name()));
    putS(item, "RequestId", e.requestId());
    putS(item, "CreationDate", e.creationDate() == null ? null : Timestamps.format(e.creationDate()));
    item.put("CohortId", AttributeValue.fromN(Integer.toString(e.cohortId())));
    if (e.userId() != null) {
      item.put(USER_KEY, s(userKey(e.applicationId(), e.userId())));
    }
    return item;
  }

  static Endpoint toEndpoint(Map<String, AttributeValue> item) {
    Map<String, AttributeValue> d = item.containsKey("Demographic") ? item.get("Demographic").m() : Map.of();
    Map<String, AttributeValue> l = item.containsKey("Location") ? item.get("Location").m() : Map.of();
    Map<String, Double> metrics = new LinkedHashMap<>();
    if (item.containsKey("Metrics")) {
      item.get("Metrics").m().forEach((k, v) -> metrics.put(k, Double.valueOf(v.n())));
    }
    String channel = str(item, "ChannelType");
    return new Endpoint(
        item.get(ENDPOINT_ID).s(),
        item.get("ApplicationId").s(),
        channel == null ? null : ChannelType.valueOf(channel),
        str(item, "Address"),
        lists(item, "Attributes"),
        new EndpointDemographic(str(d, "AppVersion"), str(d, "Locale"), str(d, "Make"), str(d, "Model"),
            str(d, "ModelVersion"), str(d, "Platform"), str(d, "PlatformVersion"), str(d, "Timezone")),
        new EndpointLocation(str(l, "City"), str(l, "Country"), dbl(l, "Latitude"), dbl(l, "Longitude"),
            str(l, "PostalCode"), str(l, "Region")),
        metrics,
        item.containsKey("OptOut") ? OptOut.valueOf(item.get("OptOut").s()) : OptOut.NONE,
        new EndpointUser(str(item, "UserId"), lists(item, "UserAttributes")),
        instant(item, "EffectiveDate"),
        item.containsKey("EndpointStatus") ? EndpointStatus.valueOf(item.get("EndpointStatus").s()) : EndpointStatus.ACTIVE,
        str(item, "RequestId"),
        instant(item, "CreationDate"),
        item.containsKey("CohortId") ? Integer.parseInt(item.get("CohortId").n()) : 0);
  }

  private static Map<String, AttributeValue> demographic(EndpointDemographic d) {
    Map<String, AttributeValue> m = new LinkedHashMap<>();
    putS(m, "AppVersion", d.appVersion());
    putS(m, "Locale", d.locale());
    putS(m, "Make", d.make());
    putS(m, "Model", d.model());
    putS(m, "ModelVersion", d.modelVersion());
    putS(m, "Platform", d.platform());
    putS(m, "PlatformVersion", d.platformVersion());
    putS(m, "Timezone", d.timezone());
    return m;
  }

  private static Map<String, AttributeValue> location(EndpointLocation l) {
    Map<String, AttributeValue> m = new LinkedHashMap<>();
    putS(m, "City", l.city());
    putS(m, "Country", l.country());
    if (l.latitude() != null) {
      m.put("Latitude", n(l.latitude()));
    }
    if (l.longitude() != null) {
      m.put("Longitude", n(l.longitude()));
    }
    putS(m, "PostalCode", l.postalCode());
    putS(m, "Region", l.region());
    return m;
  }

  private static void putLists(Map<String, AttributeValue> item, String name, Map<String, List<String>> lists) {
    if (lists.isEmpty()) {
      return;
    }
    Map<String, AttributeValue> m = new LinkedHashMap<>();
    lists.forEach((k, values) -> m.put(k, AttributeValue.fromL(values.stream().map(AttributeValue::fromS).toList())));
    item.put(name, AttributeValue.fromM(m));
  }

  private static Map<String, List<String>> lists(Map<String, AttributeValue> item, String name) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (item.containsKey(name)) {
      item.get(name).m().forEach((k, v) -> {
        List<String> values = new ArrayList<>();
        v.l().forEach(x -> values.add(x.s()));
        out.put(k, values);
      });
    }
    return out;
  }

  private static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }

  private static AttributeValue n(double value) {
    // Doubles as DynamoDB numbers: integral values without ".0" so equal numbers compare equal.
    return AttributeValue.fromN(value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value) : Double.toString(value));
  }

  private static void putS(Map<String, AttributeValue> m, String name, String value) {
    if (value != null) {
      m.put(name, s(value));
    }
  }

  private static String str(Map<String, AttributeValue> m, String name) {
    AttributeValue v = m.get(name);
    return v == null ? null : v.s();
  }

  private static Double dbl(Map<String, AttributeValue> m, String name) {
    AttributeValue v = m.get(name);
    return v == null ? null : Double.valueOf(v.n());
  }

  private static Instant instant(Map<String, AttributeValue> m, String name) {
    String v = str(m, name);
    return v == null ? null : Timestamps.parse(v);
  }
}
