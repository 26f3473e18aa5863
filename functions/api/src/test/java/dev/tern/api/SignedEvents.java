package dev.tern.api;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * API Gateway HTTP API (payload 2.0) events signed by the AWS SDK for Java v2's own SigV4 signer (an
 * implementation independent of Tern's verifier), fed to the function through the mock event server's
 * {@code /_lambda_} endpoint, so {@code rawPath} is exactly what a client sent.
 */
final class SignedEvents {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String HOST = "a1b2c3d4e5.execute-api.us-east-1.amazonaws.com";

  private SignedEvents() {}

  /** A request signed with {@code accessKeyId}/{@code secret} at the clock's time; null id = unsigned. */
  static ObjectNode event(String method, String rawPath, String rawQuery, String body,
                          String accessKeyId, String secret, Clock clock) {
    byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    SdkHttpRequest.Builder request = SdkHttpRequest.builder()
        .method(SdkHttpMethod.fromValue(method))
        .uri(URI.create("https://" + HOST + rawPath + (rawQuery.isEmpty() ? "" : "?" + rawQuery)))
        .putHeader("Content-Type", "application/json");
    SdkHttpRequest signed = request.build();
    if (accessKeyId != null) {
      signed = AwsV4HttpSigner.create().sign(r -> r
          .identity(AwsCredentialsIdentity.create(accessKeyId, secret))
          .request(request.build())
          .payload(ContentStreamProvider.fromByteArray(bytes))
          .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "mobiletargeting")
          .putProperty(AwsV4HttpSigner.REGION_NAME, "eu-west-1")
          .putProperty(HttpSigner.SIGNING_CLOCK, clock)).request();
    }
    ObjectNode event = JSON.createObjectNode();
    event.put("version", "2.0").put("routeKey", "ANY /{proxy+}").put("rawPath", rawPath).put("rawQueryString", rawQuery);
    ObjectNode headers = event.putObject("headers");
    headers.put("host", HOST);
    for (Map.Entry<String, java.util.List<String>> h : signed.headers().entrySet()) {
      headers.put(h.getKey().toLowerCase(), String.join(",", h.getValue()));
    }
    ObjectNode context = event.putObject("requestContext");
    context.put("stage", "$default").put("requestId", "test").put("routeKey", "ANY /{proxy+}");
    context.putObject("http").put("method", method)
        .put("path", URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8))
        .put("protocol", "HTTP/1.1").put("sourceIp", "127.0.0.1").put("userAgent", "test");
    if (body != null) {
      event.put("body", body);
    }
    event.put("isBase64Encoded", false);
    return event;
  }

  /** Invokes the function with the event; returns the Lambda response (statusCode, headers, body). */
  static JsonNode invoke(ObjectNode event) throws Exception {
    byte[] answer = given().contentType("application/json").body(JSON.writeValueAsBytes(event))
        .when().post("/_lambda_").then().statusCode(200).extract().asByteArray();
    return JSON.readTree(answer);
  }

  /** The response body as JSON. */
  static JsonNode body(JsonNode response) throws Exception {
    String body = response.path("body").asText();
    if (response.path("isBase64Encoded").asBoolean()) {
      body = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
    }
    return body.isEmpty() ? JSON.createObjectNode() : JSON.readTree(body);
  }
}
