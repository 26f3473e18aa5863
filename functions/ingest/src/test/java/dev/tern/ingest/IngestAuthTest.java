package dev.tern.ingest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tern.model.event.InMemoryEventQueue;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** functions/wire's SigV4 filter guards PutEvents too: with auth on, an unsigned or forged request is a 403. */
@QuarkusTest
@TestProfile(IngestAuthTest.AuthOn.class)
class IngestAuthTest {

  /** Switches authentication on for this test class. */
  public static class AuthOn implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("tern.auth.enabled", "true");
    }
  }

  @Inject InMemoryEventQueue queue;

  @Test
  void unsignedAndForgedRequestsAreForbiddenAndQueueNothing() {
    String body = "{\"BatchItem\":{\"d\":{\"Endpoint\":{},\"Events\":{\"e\":{\"EventType\":\"x\",\"Timestamp\":\"2026-11-26T09:00:00Z\"}}}}}";
    given().contentType(ContentType.JSON).body(body).when().post("/v1/apps/" + PutEventsTest.APP + "/events").then()
        .statusCode(403).header("x-amzn-ErrorType", "ForbiddenException");
    given().contentType(ContentType.JSON).body(body)
        .header("Authorization", "AWS4-HMAC-SHA256 Credential=AKIDNOTAKEY000000000/20261126/us-east-1/mobiletargeting/aws4_request, "
            + "SignedHeaders=host;x-amz-date, Signature=" + "0".repeat(64))
        .header("X-Amz-Date", "20261126T100000Z")
        .when().post("/v1/apps/" + PutEventsTest.APP + "/events").then()
        .statusCode(403).header("x-amzn-ErrorType", "ForbiddenException");
    assertTrue(queue.published.isEmpty());
  }
}
