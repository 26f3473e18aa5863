package dev.tern.api;

import static dev.tern.api.SignedEvents.body;
import static dev.tern.api.SignedEvents.event;
import static dev.tern.api.SignedEvents.invoke;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tern.model.auth.AccessKeyService;
import dev.tern.model.auth.AppScope;
import dev.tern.model.auth.InMemoryAccessKeyStore;
import dev.tern.model.auth.IssuedKey;
import dev.tern.model.auth.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Auth on: every request is SigV4-verified against the key store and authorised per operation and
 * app. Requests are signed by the AWS SDK's own signer and fed as raw API Gateway events.
 */
@QuarkusTest
@TestProfile(AuthApiTest.AuthOn.class)
class AuthApiTest {

  /** Switches authentication on for this test class. */
  public static class AuthOn implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("tern.auth.enabled", "true");
    }
  }

  static final Clock NOW = Clock.fixed(TestWiring.NOW, ZoneOffset.UTC);

  @Inject TestStore apps;
  @Inject InMemoryAccessKeyStore store;
  @Inject AccessKeyService keys;

  IssuedKey admin;

  @BeforeEach
  void reset() {
    apps.reset();
    store.list().forEach(k -> store.revoke(k.id()));
    admin = keys.issue(Role.ADMIN, AppScope.allApps(), "test admin");
  }

  static JsonNode call(String method, String rawPath, String query, String body, IssuedKey key) throws Exception {
    return invoke(event(method, rawPath, query, body, key.key().id(), key.secretAccessKey(), NOW));
  }

  static void assertForbidden(JsonNode response, String messageContains) throws Exception {
    assertEquals(403, response.path("statusCode").asInt(), response.toString());
    assertEquals("ForbiddenException", response.path("headers").path("x-amzn-ErrorType").asText());
    JsonNode body = body(response);
    assertEquals(response.path("headers").path("x-amzn-RequestId").asText(), body.path("RequestID").asText());
    assertTrue(body.path("Message").asText().contains(messageContains), body.toString());
    assertEquals(Set.of("Message", "RequestID"), fieldNames(body));
  }

  static Set<String> fieldNames(JsonNode node) {
    Set<String> names = new java.util.TreeSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  String createApp(String name, IssuedKey key) throws Exception {
    JsonNode r = call("POST", "/v1/apps", "", "{\"Name\":\"" + name + "\"}", key);
    assertEquals(201, r.path("statusCode").asInt(), r.toString());
    return body(r).path("Id").asText();
  }

  @Test
  void aSignedRequestOfAnAdminKeyIsServed() throws Exception {
    String id = createApp("Shop", admin);
    JsonNode got = call("GET", "/v1/apps/" + id, "", null, admin);
    assertEquals(200, got.path("statusCode").asInt(), got.toString());
    assertEquals("Shop", body(got).path("Name").asText());
  }

  @Test
  void anUnsignedRequestIs403AndWritesNothing() throws Exception {
    JsonNode r = invoke(event("POST", "/v1/apps", "", "{\"Name\":\"Shop\"}", null, null, NOW));
    assertForbidden(r, "Missing Authentication Token");
    assertEquals(List.of(), apps.memory.list(10, null).items());
  }

  @Test
  void aWrongSecretIs403() throws Exception {
    String wrong = admin.secretAccessKey().substring(1) + "A";
    JsonNode r = invoke(event("GET", "/v1/apps", "", null, admin.key().id(), wrong, NOW));
    assertForbidden(r, "signature we calculated does not match");
    assertFalse(r.toString().contains(admin.secretAccessKey()));
  }

  @Test
  void anUnknownKeyIs403() throws Exception {
    JsonNode r = invoke(event("GET", "/v1/apps", "", null, "TERNAAAAAAAAAAAAAAAA", admin.secretAccessKey(), NOW));
    assertForbidden(r, "security token included in the request is invalid");
  }

  @Test
  void aRevokedKeyIs403() throws Exception {
    IssuedKey doomed = keys.issue(Role.ADMIN, AppScope.allApps(), "doomed");
    assertEquals(200, call("GET", "/v1/apps", "", null, doomed).path("statusCode").asInt());
    keys.revoke(doomed.key().id());
    assertForbidden(call("GET", "/v1/apps", "", null, doomed), "revoked");
  }

  @Test
  void aSignatureOlderThanFifteenMinutesIs403() throws Exception {
    Clock old = Clock.offset(NOW, Duration.ofMinutes(-16));
    JsonNode r = invoke(event("GET", "/v1/apps", "", null, admin.key().id(), admin.secretAccessKey(), old));
    assertForbidden(r, "Signature expired");
  }

  @Test
  void aBodyChangedAfterSigningIs403() throws Exception {
    ObjectNode e = event("POST", "/v1/apps", "", "{\"Name\":\"Shop\"}", admin.key().id(), admin.secretAccessKey(), NOW);
    e.put("body", "{\"Name\":\"Evil\"}");
    assertForbidden(invoke(e), "");
    assertEquals(List.of(), apps.memory.list(10, null).items());
  }

  @Test
  void aSessionTokenIsRefusedExplicitly() throws Exception {
    ObjectNode e = event("GET", "/v1/apps", "", null, admin.key().id(), admin.secretAccessKey(), NOW);
    ((ObjectNode) e.get("headers")).put("x-amz-security-token", "FwoGZXIvYXdzE");
    assertForbidden(invoke(e), "Temporary credentials");
  }

  @Test
  void idsWithPercentSpaceSlashAndUnicodeVerifyAndReachTheResource() throws Exception {
    // Signed over the raw (encoded) path; the signature verifies and GetApp answers 404 for the odd id.
    for (String rawId : List.of("a%20b", "x%2Fy", "100%25", "ger%C3%A4t-%E2%9C%93", "tilde~dot.", "plus%2Bsign")) {
      JsonNode r = call("GET", "/v1/apps/" + rawId, "", null, admin);
      assertEquals(404, r.path("statusCode").asInt(), rawId + ": " + r);
      assertEquals("NotFoundException", r.path("headers").path("x-amzn-ErrorType").asText(), rawId);
    }
    JsonNode paged = call("GET", "/v1/apps", "page-size=5&token=a%20b%2Fc", null, admin);
    assertEquals(400, paged.path("statusCode").asInt(), "signature fine, token invalid: " + paged);
  }

  @Test
  void aReadOnlyKeyReadsButCannotWrite() throws Exception {
    String id = createApp("Shop", admin);
    IssuedKey reader = keys.issue(Role.READ_ONLY, AppScope.allApps(), "reader");
    assertEquals(200, call("GET", "/v1/apps/" + id, "", null, reader).path("statusCode").asInt());
    assertEquals(200, call("GET", "/v1/apps/" + id + "/settings", "", null, reader).path("statusCode").asInt());
    assertForbidden(call("POST", "/v1/apps", "", "{\"Name\":\"No\"}", reader), "does not allow CreateApp");
    assertForbidden(call("DELETE", "/v1/apps/" + id, "", null, reader), "does not allow DeleteApp");
    assertForbidden(call("PUT", "/v1/apps/" + id + "/settings", "", "{\"CloudWatchMetricsEnabled\":true}", reader),
        "UpdateApplicationSettings");
    assertEquals(1, apps.memory.list(10, null).items().size());
  }

  @Test
  void anIngestOnlyKeyCannotManageApps() throws Exception {
    String id = createApp("Shop", admin);
    IssuedKey ingest = keys.issue(Role.INGEST_ONLY, AppScope.allApps(), "sdk");
    assertForbidden(call("GET", "/v1/apps/" + id, "", null, ingest), "does not allow GetApp");
    assertForbidden(call("GET", "/v1/apps", "", null, ingest), "does not allow GetApps");
  }

  @Test
  void aKeyScopedToAppACannotReadAppBAndListsOnlyA() throws Exception {
    String a = createApp("A", admin);
    String b = createApp("B", admin);
    IssuedKey scoped = keys.issue(Role.ADMIN, AppScope.apps(Set.of(a)), "app A only");
    assertEquals(200, call("GET", "/v1/apps/" + a, "", null, scoped).path("statusCode").asInt());
    assertForbidden(call("GET", "/v1/apps/" + b, "", null, scoped), "not allowed to access application " + b);
    assertForbidden(call("GET", "/v1/apps/" + b + "/settings", "", null, scoped), b);
    assertForbidden(call("DELETE", "/v1/apps/" + b, "", null, scoped), b);
    assertForbidden(call("POST", "/v1/apps", "", "{\"Name\":\"C\"}", scoped), "CreateApp");

    List<String> listed = new ArrayList<>();
    String token = null;
    do {
      JsonNode page = body(call("GET", "/v1/apps", token == null ? "page-size=1" : "page-size=1&token=" + token, null, scoped));
      page.path("Item").forEach(app -> listed.add(app.path("Id").asText()));
      token = page.hasNonNull("NextToken") ? page.path("NextToken").asText() : null;
    } while (token != null);
    assertEquals(List.of(a), listed);
    assertEquals(2, body(call("GET", "/v1/apps", "", null, admin)).path("Item").size());
  }

  @Test
  void anAdminIssuesListsAndRevokesKeys() throws Exception {
    JsonNode issued = call("POST", "/tern/v1/access-keys", "",
        "{\"Role\":\"READ_ONLY\",\"ApplicationIds\":[\"app1\"],\"Description\":\"dash\"}", admin);
    assertEquals(201, issued.path("statusCode").asInt(), issued.toString());
    JsonNode key = body(issued);
    String id = key.path("AccessKeyId").asText();
    assertTrue(id.matches("TERN[A-Z2-7]{16}"), id);
    assertEquals(40, key.path("SecretAccessKey").asText().length());
    assertEquals("READ_ONLY", key.path("Role").asText());
    assertEquals("[\"app1\"]", key.path("ApplicationIds").toString());

    JsonNode listed = body(call("GET", "/tern/v1/access-keys", "", null, admin));
    assertTrue(listed.toString().contains(id));
    assertFalse(listed.toString().contains("SecretAccessKey"), "secrets are never listed");

    JsonNode revoked = call("DELETE", "/tern/v1/access-keys/" + id, "", null, admin);
    assertEquals(200, revoked.path("statusCode").asInt(), revoked.toString());
    assertEquals("REVOKED", body(revoked).path("Status").asText());
    assertNull(body(revoked).get("SecretAccessKey"));
    assertEquals(404, call("DELETE", "/tern/v1/access-keys/TERNAAAAAAAAAAAAAAAA", "", null, admin).path("statusCode").asInt());
  }

  @Test
  void onlyAnAdminKeyForAllAppsManagesKeys() throws Exception {
    IssuedKey reader = keys.issue(Role.READ_ONLY, AppScope.allApps(), "reader");
    IssuedKey scopedAdmin = keys.issue(Role.ADMIN, AppScope.apps(Set.of("app1")), "scoped admin");
    for (IssuedKey k : List.of(reader, scopedAdmin)) {
      assertForbidden(call("GET", "/tern/v1/access-keys", "", null, k), "TernListAccessKeys");
      assertForbidden(call("POST", "/tern/v1/access-keys", "", "{\"Role\":\"ADMIN\"}", k), "TernIssueAccessKey");
      assertForbidden(call("DELETE", "/tern/v1/access-keys/" + admin.key().id(), "", null, k), "TernRevokeAccessKey");
    }
    assertTrue(store.find(admin.key().id()).orElseThrow().key().isActive());
  }

  @Test
  void badIssueRequestsAre400() throws Exception {
    for (String bad : List.of("{}", "{\"Role\":\"ROOT\"}", "{\"Role\":\"ADMIN\",\"ApplicationIds\":[]}",
        "{\"Role\":\"ADMIN\",\"ApplicationIds\":[\" \"]}", "")) {
      JsonNode r = call("POST", "/tern/v1/access-keys", "", bad, admin);
      assertEquals(400, r.path("statusCode").asInt(), bad + " -> " + r);
      assertEquals("BadRequestException", r.path("headers").path("x-amzn-ErrorType").asText());
    }
  }

  /** The tags path of an ARN as the AWS SDKs send it: one segment, ':' and '/' percent-encoded. */
  static String tagsPath(String arn) {
    return "/v1/tags/" + java.net.URLEncoder.encode(arn, java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void taggingIsScopedToTheApplicationInTheArnAndReadOnlyKeysMayOnlyList() throws Exception {
    String a = createApp("A", admin);
    String b = createApp("B", admin);
    String arnA = "arn:aws:mobiletargeting:us-east-1:000000000000:apps/" + a;
    String arnB = "arn:aws:mobiletargeting:us-east-1:000000000000:apps/" + b;
    IssuedKey scoped = keys.issue(Role.ADMIN, AppScope.apps(Set.of(a)), "app A only");
    IssuedKey reader = keys.issue(Role.READ_ONLY, AppScope.allApps(), "reader");

    // Signed over the encoded path (%3A, %2F), verified, and served.
    assertEquals(204, call("POST", tagsPath(arnA), "", "{\"tags\":{\"k\":\"v\"}}", scoped).path("statusCode").asInt());
    assertEquals(204, call("DELETE", tagsPath(arnA), "tagKeys=k", null, scoped).path("statusCode").asInt());
    assertEquals(200, call("GET", tagsPath(arnA), "", null, scoped).path("statusCode").asInt());

    assertForbidden(call("POST", tagsPath(arnB), "", "{\"tags\":{\"k\":\"v\"}}", scoped), "application " + b);
    assertForbidden(call("DELETE", tagsPath(arnB), "tagKeys=team", null, scoped), "application " + b);
    assertForbidden(call("GET", tagsPath(arnB), "", null, scoped), "application " + b);
    assertForbidden(call("GET", tagsPath(arnB + "/campaigns/" + a), "", null, scoped), "application " + b);
    // The ARN's app decides even when the ARN is then refused for its region.
    assertForbidden(call("GET", tagsPath("arn:aws:mobiletargeting:eu-west-1:000000000000:apps/" + b), "", null, scoped),
        "application " + b);

    JsonNode listed = call("GET", tagsPath(arnB), "", null, reader);
    assertEquals(200, listed.path("statusCode").asInt(), listed.toString());
    assertForbidden(call("POST", tagsPath(arnB), "", "{\"tags\":{\"k\":\"v\"}}", reader), "does not allow TagResource");
    assertForbidden(call("DELETE", tagsPath(arnB), "tagKeys=k", null, reader), "does not allow UntagResource");
    assertEquals(Map.of(), apps.memory.find(b).orElseThrow().tags());
  }

  @Test
  void anAppScopedKeyMayListButNotChangeTheTagsOfAccountWideTemplates() throws Exception {
    String a = createApp("A", admin);
    IssuedKey scoped = keys.issue(Role.ADMIN, AppScope.apps(Set.of(a)), "app A only");
    String template = "arn:aws:mobiletargeting:us-east-1:000000000000:templates/nope/EMAIL";
    assertEquals(404, call("GET", tagsPath(template), "", null, scoped).path("statusCode").asInt());
    assertForbidden(call("POST", tagsPath(template), "", "{\"tags\":{\"k\":\"v\"}}", scoped), "TagResource");
    assertForbidden(call("POST", tagsPath("not-an-arn"), "", "{\"tags\":{\"k\":\"v\"}}", scoped), "TagResource");
    assertEquals(400, call("POST", tagsPath("not-an-arn"), "", "{\"tags\":{\"k\":\"v\"}}", admin).path("statusCode").asInt());
  }
}
