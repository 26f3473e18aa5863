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

/** A {@code .venv/bin/moto_server} of a test class's own, on a free port (for *IT classes, run with -Pit). */
final class Moto implements AutoCloseable {

  final Process process;
  final URI endpoint;
  final DynamoDbClient dynamo;

  private Moto(Process process, URI endpoint) {
    this.process = process;
    this.endpoint = endpoint;
    this.dynamo = DynamoDbClients.builder("us-east-1")
        .endpointOverride(endpoint)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")))
        .build();
  }

  /** Starts moto and waits until it listens. */
  static Moto start() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path motoServer = Path.of("../../.venv/bin/moto_server");
    assertTrue(Files.isExecutable(motoServer), "run infra/bin/setup first: " + motoServer.toAbsolutePath());
    Process p = new ProcessBuilder(motoServer.toString(), "-p", String.valueOf(port))
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    awaitPort(port);
    return new Moto(p, URI.create("http://127.0.0.1:" + port));
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

  @Override
  public void close() {
    dynamo.close();
    process.destroy();
  }
}
