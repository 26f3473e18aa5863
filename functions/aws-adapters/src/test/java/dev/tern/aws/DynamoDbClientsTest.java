package dev.tern.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Pins that the SDK, not Tern, picks the endpoint: with the standard endpoint-override setting
 * present (the local cloud's AWS_ENDPOINT_URL; here its system-property twin, since a test cannot
 * set environment variables) requests go there, and without it to the Region's public endpoint.
 */
class DynamoDbClientsTest {

  @AfterEach
  void clear() {
    System.clearProperty("aws.endpointUrl");
  }

  @Test
  void honoursTheStandardEndpointOverride() {
    System.setProperty("aws.endpointUrl", "http://localhost:4566");
    assertEquals(URI.create("http://localhost:4566/"), firstRequestUri("eu-west-1"));
  }

  @Test
  void aStuckAttemptIsCutWellInsideTheApiFunctionsTimeout() {
    try (DynamoDbClient client = DynamoDbClients.builder("eu-west-1").build()) {
      assertEquals(java.util.Optional.of(java.time.Duration.ofSeconds(10)),
          client.serviceClientConfiguration().overrideConfiguration().apiCallAttemptTimeout());
    }
  }

  @Test
  void usesTheRegionalEndpointOtherwise() {
    assertEquals(URI.create("https://dynamodb.eu-west-1.amazonaws.com/"), firstRequestUri("eu-west-1"));
  }

  /** Builds a client like production, captures the first request's URI and aborts before sending. */
  private static URI firstRequestUri(String region) {
    AtomicReference<URI> seen = new AtomicReference<>();
    ExecutionInterceptor capture = new ExecutionInterceptor() {
      @Override
      public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        seen.set(context.httpRequest().getUri());
        throw new IllegalStateException("stop before the network");
      }
    };
    try (DynamoDbClient client = DynamoDbClients.builder(region)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "secret")))
        .overrideConfiguration(c -> c.addExecutionInterceptor(capture))
        .build()) {
      assertThrows(RuntimeException.class, () -> client.listTables());
    }
    return seen.get();
  }
}
