package dev.tern.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The raw API Gateway HTTP API (payload 2.0) events of events/api/ fed to the function as Lambda
 * would: POSTed to the mock event server's {@code /_lambda_} endpoint, which hands them to
 * QuarkusStreamHandler and answers with the function's raw APIGatewayV2HTTPResponse.
 */
@QuarkusTest
class ApiEventsTest {

  static final Path EVENTS = Path.of("../../events/api");
  static final ObjectMapper JSON = new ObjectMapper();

  @Inject TestStore store;

  @BeforeEach
  void resetStore() {
    store.reset();
  }

  /** Invokes the function with one fixture; returns the Lambda response document. */
  static JsonNode invoke(String fixture) throws IOException {
    ExtractableResponse<Response> r = given().contentType("application/json")
        .body(Files.readAllBytes(EVENTS.resolve(fixture)))
        .when().post("/_lambda_")
        .then().statusCode(200).extract();
    JsonNode response = JSON.readTree(r.asByteArray());
    // API Gateway reads the payload-2.0 response by these exact camelCase names; anything else and it
    // would return the whole document as a 200 body.
    assertTrue(response.has("statusCode") && response.has("headers") && response.has("body"), response.toString());
    return response;
  }

  static JsonNode body(JsonNode response) throws IOException {
    String body = response.path("body").asText();
    if (response.path("isBase64Encoded").asBoolean()) {
      body = new String(Base64.getDecoder().decode(body));
    }
    return JSON.readTree(body);
  }

  static void assertError(JsonNode response, int status, String type) throws IOException {
    assertEquals(status, response.path("statusCode").asInt(), response.toString());
    JsonNode headers = response.path("headers");
    assertEquals(type, headers.path("x-amzn-ErrorType").asText(), response.toString());
    assertEquals(headers.path("x-amzn-RequestId").asText(), body(response).path("RequestID").asText());
  }

  @Test
  void createAppOk() throws IOException {
    JsonNode r = invoke("http-create-app-ok.json");
    assertEquals(201, r.path("statusCode").asInt(), r.toString());
    JsonNode app = body(r);
    assertEquals("Shop", app.path("Name").asText());
    assertEquals("growth", app.path("tags").path("team").asText());
    assertEquals(1, store.memory.list(10, null).items().size());
  }

  @Test
  void createAppFromALegacySdkWithBase64AmzJsonBody() throws IOException {
    JsonNode r = invoke("http-create-app-amz-json-base64-ok.json");
    assertEquals(201, r.path("statusCode").asInt(), r.toString());
    assertEquals("Legacy SDK", body(r).path("Name").asText());
  }

  @Test
  void createAppBadJson() throws IOException {
    assertError(invoke("http-create-app-bad-json.json"), 400, "BadRequestException");
    assertEquals(0, store.memory.list(10, null).items().size());
  }

  @Test
  void createAppMissingName() throws IOException {
    JsonNode r = invoke("http-create-app-missing-name.json");
    assertError(r, 400, "BadRequestException");
    assertEquals(true, body(r).path("Message").asText().contains("Name"));
  }

  @Test
  void getAppNotFound() throws IOException {
    assertError(invoke("http-get-app-not-found.json"), 404, "NotFoundException");
  }

  @Test
  void getAppsOk() throws IOException {
    invoke("http-create-app-ok.json");
    JsonNode r = invoke("http-get-apps-ok.json");
    assertEquals(200, r.path("statusCode").asInt(), r.toString());
    assertEquals("Shop", body(r).path("Item").path(0).path("Name").asText());
  }

  @Test
  void getAppsBadPageSize() throws IOException {
    assertError(invoke("http-get-apps-bad-page-size.json"), 400, "BadRequestException");
  }

  @Test
  void updateSettingsInvalidLimits() throws IOException {
    // Validation comes before the app lookup, so an invalid body is a 400 even for an unknown app.
    assertError(invoke("http-update-application-settings-invalid-limits.json"), 400, "BadRequestException");
  }

  @Test
  void unknownRoute() throws IOException {
    assertError(invoke("http-unknown-route.json"), 404, "NotFoundException");
  }
}
