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

/** A private {@code .venv/bin/moto_server} on a free loopback port, for the adapter ITs. */
final class MotoServer implements AutoCloseable {

  /** Dummy credentials moto accepts. */
  static final StaticCredentialsProvider CREDENTIALS =
      StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing"));

  final URI endpoint;
  private final Process process;

  private MotoServer(URI endpoint, Process process) {
    this.endpoint = endpoint;
    this.process = process;
  }

  /** Starts moto and waits until it listens. */
  static MotoServer start() throws IOException, InterruptedException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path motoServer = Path.of("../../.venv/bin/moto_server");
    assertTrue(Files.isExecutable(motoServer), "run infra/bin/setup first: " + motoServer.toAbsolutePath());
    Process process = new ProcessBuilder(motoServer.toString(), "-p", String.valueOf(port))
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    awaitPort(port);
    return new MotoServer(URI.create("http://127.0.0.1:" + port), process);
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
    process.destroy();
  }
}
