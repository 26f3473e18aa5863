package dev.tern.aws;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * A private {@code .venv/bin/moto_server} on a free port and a DynamoDB client on it, for the *IT
 * classes of this module: moto evaluates the condition, update, transaction and query expressions the
 * unit tests only pin.
 */
final class MotoDynamoDb implements AutoCloseable {

  /** Dummy credentials moto accepts, for clients of other services on the same server (KMS, …). */
  static final StaticCredentialsProvider CREDENTIALS =
      StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing"));

  final DynamoDbClient dynamo;
  /** The server's URL, for clients of other services moto emulates on the same port. */
  final URI endpoint;
  private final Process process;

  private MotoDynamoDb(Process process, DynamoDbClient dynamo, URI endpoint) {
    this.process = process;
    this.dynamo = dynamo;
    this.endpoint = endpoint;
  }

  /** Starts moto and waits until it listens. */
  static MotoDynamoDb start() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path motoServer = Path.of("../../.venv/bin/moto_server");
    assertTrue(Files.isExecutable(motoServer), "run infra/bin/setup first: " + motoServer.toAbsolutePath());
    Process process = new ProcessBuilder(motoServer.toString(), "-p", String.valueOf(port))
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    awaitPort(port);
    URI endpoint = URI.create("http://127.0.0.1:" + port);
    DynamoDbClient dynamo = DynamoDbClients.builder("us-east-1")
        .endpointOverride(endpoint)
        .credentialsProvider(CREDENTIALS)
        .build();
    return new MotoDynamoDb(process, dynamo, endpoint);
  }

  /** Creates an on-demand table with a string partition key and, if {@code sortKey} is not null, a string sort key. */
  void createTable(String table, String partitionKey, String sortKey) {
    dynamo.createTable(b -> {
      b.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST);
      if (sortKey == null) {
        b.attributeDefinitions(attribute(partitionKey)).keySchema(key(partitionKey, KeyType.HASH));
      } else {
        b.attributeDefinitions(attribute(partitionKey), attribute(sortKey))
            .keySchema(key(partitionKey, KeyType.HASH), key(sortKey, KeyType.RANGE));
      }
    });
  }

  private static AttributeDefinition attribute(String name) {
    return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
  }

  private static KeySchemaElement key(String name, KeyType type) {
    return KeySchemaElement.builder().attributeName(name).keyType(type).build();
  }

  @Override
  public void close() {
    dynamo.close();
    process.destroy();
  }

  private static void awaitPort(int port) throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      try (Socket s = new Socket("127.0.0.1", port)) {
        return;
      } catch (IOException e) {
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException("moto_server did not listen on " + port);
  }
}
