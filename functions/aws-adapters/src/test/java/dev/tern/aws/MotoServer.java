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

/** A private {@code .venv/bin/moto_server} on a free port, and a DynamoDB client on it, for *IT classes. */
final class MotoServer implements AutoCloseable {

  final Process process;
  final DynamoDbClient dynamo;

  private MotoServer(Process process, DynamoDbClient dynamo) {
    this.process = process;
    this.dynamo = dynamo;
  }

  /** Starts moto and waits until it listens. */
  static MotoServer start() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path motoServer = Path.of("../../.venv/bin/moto_server");
    assertTrue(Files.isExecutable(motoServer), "run infra/bin/setup first: " + motoServer.toAbsolutePath());
    Process moto = new ProcessBuilder(motoServer.toString(), "-p", String.valueOf(port))
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    awaitPort(port);
    DynamoDbClient dynamo = DynamoDbClients.builder("us-east-1")
        .endpointOverride(URI.create("http://127.0.0.1:" + port))
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")))
        .build();
    return new MotoServer(moto, dynamo);
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
