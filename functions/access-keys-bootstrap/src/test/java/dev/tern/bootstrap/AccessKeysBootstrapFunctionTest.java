package dev.tern.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.tern.model.auth.AccessKey;
import dev.tern.model.auth.AccessKeyService;
import dev.tern.model.auth.AdminKeyBootstrap;
import dev.tern.model.auth.AesGcmSecretSealer;
import dev.tern.model.auth.InMemoryAccessKeyStore;
import dev.tern.model.auth.InMemorySecretParameter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The custom resource fed with the events/access-keys-bootstrap fixtures, with in-memory ports. */
class AccessKeysBootstrapFunctionTest {

  static final Path EVENTS = Path.of("../../events/access-keys-bootstrap");

  final InMemoryAccessKeyStore store = new InMemoryAccessKeyStore();
  final AccessKeyService keys = new AccessKeyService(store,
      AesGcmSecretSealer.fromBase64("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="), Clock.systemUTC());
  final InMemorySecretParameter parameters = new InMemorySecretParameter();
  final List<String> sent = new ArrayList<>();
  final AccessKeysBootstrapFunction function = new AccessKeysBootstrapFunction(
      () -> new AdminKeyBootstrap(keys, parameters), (url, body) -> sent.add(url + " " + new String(body)));

  JsonNode invoke(String fixture) throws IOException {
    return invoke(Files.readAllBytes(EVENTS.resolve(fixture)));
  }

  JsonNode invoke(byte[] event) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    function.handleRequest(new ByteArrayInputStream(event), out, null);
    return AccessKeysBootstrapFunction.JSON.readTree(out.toByteArray());
  }

  @Test
  void createIssuesTheAdminKeyAndAnswersWithoutTheSecret() throws IOException {
    JsonNode answer = invoke("cloudformation-create-ok.json");
    assertEquals("SUCCESS", answer.path("Status").asText(), answer.toString());
    assertEquals("/tern/admin-access-key", answer.path("PhysicalResourceId").asText());
    assertEquals("AdminAccessKey", answer.path("LogicalResourceId").asText());
    assertEquals("8d2f3c1e-4b5a-4c6d-9e7f-0a1b2c3d4e5f", answer.path("RequestId").asText());
    String id = answer.path("Data").path("AccessKeyId").asText();
    AccessKey key = keys.find(id).orElseThrow();
    assertTrue(key.isActive());
    String parameter = parameters.get("/tern/admin-access-key").orElseThrow();
    String secret = parameter.replaceAll(".*\"SecretAccessKey\":\"([^\"]+)\".*", "$1");
    assertEquals(40, secret.length());
    assertFalse(answer.toString().contains(secret), "the secret stays in the parameter");
    assertEquals(1, sent.size());
    assertTrue(sent.get(0).startsWith("https://cloudformation-custom-resource-response-useast1.s3.amazonaws.com/"));
    assertFalse(sent.get(0).contains(secret));
  }

  @Test
  void aBadParameterNameIsAnsweredFailedAndIssuesNothing() throws IOException {
    JsonNode answer = invoke("cloudformation-create-bad-parameter-name.json");
    assertEquals("FAILED", answer.path("Status").asText());
    assertTrue(answer.path("Reason").asText().contains("ParameterName"), answer.toString());
    assertEquals(AccessKeysBootstrapFunction.FAILED_CREATE, answer.path("PhysicalResourceId").asText());
    assertEquals(List.of(), keys.list());
    assertEquals(1, sent.size(), "CloudFormation hears of the failure at once");
  }

  @Test
  void deleteRevokesTheKeyAndDeletesTheParameter() throws IOException {
    String id = invoke("cloudformation-create-ok.json").path("Data").path("AccessKeyId").asText();
    JsonNode answer = invoke("cloudformation-delete-ok.json");
    assertEquals("SUCCESS", answer.path("Status").asText(), answer.toString());
    assertFalse(keys.find(id).orElseThrow().isActive());
    assertTrue(parameters.get("/tern/admin-access-key").isEmpty());
  }

  @Test
  void deleteAfterAFailedCreateHasNothingToDo() throws IOException {
    ObjectNode event = (ObjectNode) AccessKeysBootstrapFunction.JSON.readTree(
        Files.readAllBytes(EVENTS.resolve("cloudformation-delete-ok.json")));
    event.put("PhysicalResourceId", AccessKeysBootstrapFunction.FAILED_CREATE);
    parameters.put("/tern/admin-access-key", "{\"AccessKeyId\":\"TERNAAAAAAAAAAAAAAAA\"}");
    JsonNode answer = invoke(AccessKeysBootstrapFunction.JSON.writeValueAsBytes(event));
    assertEquals("SUCCESS", answer.path("Status").asText());
    assertTrue(parameters.get("/tern/admin-access-key").isPresent(), "a parameter it did not write is left alone");
  }

  @Test
  void aStoreFailureIsAnsweredFailed() throws IOException {
    AccessKeysBootstrapFunction broken = new AccessKeysBootstrapFunction(
        () -> { throw new IllegalStateException("TERN_AUTH_TABLE is not set"); }, (url, body) -> sent.add(url));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    broken.handleRequest(Files.newInputStream(EVENTS.resolve("cloudformation-create-ok.json")), out, null);
    JsonNode answer = AccessKeysBootstrapFunction.JSON.readTree(out.toByteArray());
    assertEquals("FAILED", answer.path("Status").asText());
    assertTrue(answer.path("Reason").asText().contains("TERN_AUTH_TABLE"));
  }

  @Test
  void aDirectInvokeWithoutResponseUrlOnlyReturnsTheAnswer() throws IOException {
    JsonNode answer = invoke("{}".getBytes());
    assertEquals("FAILED", answer.path("Status").asText());
    assertEquals(List.of(), sent);
  }

  @Test
  void theHttpResponderPutsTheAnswerWithAnEmptyContentType() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    AtomicReference<String> seen = new AtomicReference<>();
    server.createContext("/", exchange -> {
      seen.set(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " ct=["
          + exchange.getRequestHeaders().getFirst("Content-Type") + "] " + new String(exchange.getRequestBody().readAllBytes()));
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    server.start();
    try {
      CustomResourceResponder.http().send("http://127.0.0.1:" + server.getAddress().getPort() + "/r?X-Amz-Signature=1",
          "{\"Status\":\"SUCCESS\"}".getBytes());
    } finally {
      server.stop(0);
    }
    assertEquals("PUT /r?X-Amz-Signature=1 ct=[] {\"Status\":\"SUCCESS\"}", seen.get());
  }
}
