package dev.tern.bootstrap;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tern.aws.DynamoDbAccessKeyStore;
import dev.tern.aws.DynamoDbClients;
import dev.tern.aws.KmsClients;
import dev.tern.aws.KmsSecretSealer;
import dev.tern.model.auth.AccessKeyService;
import dev.tern.model.auth.AdminKeyBootstrap;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.function.Supplier;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ssm.SsmClient;

/**
 * The access-keys-bootstrap function: the CloudFormation custom resource {@code Custom::AdminAccessKey}
 * that gives a new deployment its first admin key.
 *
 * <p><b>Trigger</b>: CloudFormation custom resource requests (Create, Update, Delete), property
 * {@code ParameterName} (an SSM parameter path). <b>Create/Update</b>: {@link AdminKeyBootstrap#ensure}
 * — an ADMIN key for all applications, its id and secret stored in that SecureString parameter;
 * answers SUCCESS with {@code Data.AccessKeyId} and {@code Data.ParameterName} (never the secret).
 * <b>Delete</b>: revokes the key and deletes the parameter.
 *
 * <p><b>Failures</b>: every failure (bad request, store or KMS down) is answered FAILED with the
 * reason, so the stack rolls back at once rather than waiting an hour for an answer that never comes;
 * only a failure to deliver the answer itself fails the invocation (Lambda's async retries then send
 * it again). A Delete of a resource whose Create failed succeeds: there is nothing to remove.
 */
public class AccessKeysBootstrapFunction implements RequestStreamHandler {

  static final ObjectMapper JSON = new ObjectMapper();
  /** Physical id of a resource whose Create failed; its Delete then has nothing to do. */
  static final String FAILED_CREATE = "admin-access-key-not-created";

  private final Supplier<AdminKeyBootstrap> bootstrap;
  private final CustomResourceResponder responder;

  /** Lambda's constructor: AWS clients from the environment (table, KMS key) on first use. */
  public AccessKeysBootstrapFunction() {
    this(AccessKeysBootstrapFunction::fromEnvironment, CustomResourceResponder.http());
  }

  AccessKeysBootstrapFunction(Supplier<AdminKeyBootstrap> bootstrap, CustomResourceResponder responder) {
    this.bootstrap = bootstrap;
    this.responder = responder;
  }

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
    JsonNode request = JSON.readTree(input);
    ObjectNode response = handle(request);
    byte[] body = JSON.writeValueAsBytes(response);
    // Logged without Data: the id is harmless, but the habit of logging answers is not.
    System.out.println("custom resource " + request.path("LogicalResourceId").asText() + " "
        + request.path("RequestType").asText() + ": " + response.path("Status").asText()
        + (response.has("Reason") ? " (" + response.path("Reason").asText() + ")" : ""));
    String responseUrl = request.path("ResponseURL").asText("");
    if (!responseUrl.isEmpty()) { // invoked directly (a test, a benchmark): the answer is only returned
      responder.send(responseUrl, body);
    }
    output.write(body);
  }

  /** The answer to one request: SUCCESS with Data, or FAILED with a Reason. */
  ObjectNode handle(JsonNode request) {
    ObjectNode response = JSON.createObjectNode();
    for (String echoed : new String[] {"StackId", "RequestId", "LogicalResourceId"}) {
      response.put(echoed, request.path(echoed).asText());
    }
    String type = request.path("RequestType").asText();
    String parameter = request.path("ResourceProperties").path("ParameterName").asText("");
    String physicalId = request.path("PhysicalResourceId").asText("");
    try {
      if (type.equals("Delete")) {
        if (!physicalId.equals(FAILED_CREATE) && !parameter.isEmpty()) {
          bootstrap.get().remove(parameter);
        }
        response.put("PhysicalResourceId", physicalId.isEmpty() ? FAILED_CREATE : physicalId);
      } else if (type.equals("Create") || type.equals("Update")) {
        if (!parameter.startsWith("/")) {
          throw new IllegalArgumentException("ParameterName must be an SSM parameter path starting with '/', got '" + parameter + "'");
        }
        String keyId = bootstrap.get().ensure(parameter);
        response.put("PhysicalResourceId", parameter);
        response.putObject("Data").put("AccessKeyId", keyId).put("ParameterName", parameter);
      } else {
        throw new IllegalArgumentException("unknown RequestType '" + type + "'");
      }
      response.put("Status", "SUCCESS");
    } catch (RuntimeException e) {
      response.put("Status", "FAILED");
      response.put("Reason", e.getClass().getSimpleName() + ": " + e.getMessage());
      response.put("PhysicalResourceId", physicalId.isEmpty() ? FAILED_CREATE : physicalId);
    }
    return response;
  }

  private static AdminKeyBootstrap fromEnvironment() {
    String region = System.getenv().getOrDefault("AWS_REGION", "us-east-1");
    String table = required("TERN_AUTH_TABLE");
    String kmsKey = required("TERN_AUTH_KMS_KEY_ID");
    SsmClient ssm = SsmClient.builder().httpClient(UrlConnectionHttpClient.create()).region(Region.of(region)).build();
    AccessKeyService keys = new AccessKeyService(new DynamoDbAccessKeyStore(DynamoDbClients.create(region), table),
        new KmsSecretSealer(KmsClients.create(region), kmsKey), Clock.systemUTC());
    return new AdminKeyBootstrap(keys, new SsmSecretParameter(ssm));
  }

  private static String required(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " is not set (template.yaml sets it)");
    }
    return value;
  }
}
