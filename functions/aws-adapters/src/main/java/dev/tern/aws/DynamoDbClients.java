package dev.tern.aws;

import java.time.Duration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * Builds the DynamoDB client every function uses. Deliberately no endpoint override: the SDK itself
 * honours {@code AWS_ENDPOINT_URL} / {@code AWS_ENDPOINT_URL_DYNAMODB} (and the {@code aws.endpointUrl}
 * system property), which the local cloud sets and AWS does not
 * (https://docs.aws.amazon.com/sdkref/latest/guide/feature-ss-endpoints.html).
 */
public final class DynamoDbClients {

  /**
   * Longest one HTTP attempt may take before the SDK abandons it and retries on a fresh connection. The
   * URL-connection client's own read timeout is 30 s, longer than the API function's 20 s: one stuck
   * connection (a request the server never answers) would otherwise cost the whole invocation, as a
   * Lambda timeout instead of a retried call. Ten seconds is far above any single DynamoDB call Tern
   * makes (one page of at most 1 MB), so only a stuck attempt is cut.
   */
  static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(10);

  private DynamoDbClients() {}

  /**
   * A client on the lightweight URL-connection HTTP client (fast cold start, no Netty/Apache), in
   * {@code region}, with the default credential chain (the Lambda role's environment credentials).
   */
  public static DynamoDbClient create(String region) {
    return builder(region).build();
  }

  /** The builder behind {@link #create}, for tests that add interceptors or credentials. */
  public static DynamoDbClientBuilder builder(String region) {
    return DynamoDbClient.builder()
        .httpClient(UrlConnectionHttpClient.create())
        .overrideConfiguration(c -> c.apiCallAttemptTimeout(ATTEMPT_TIMEOUT))
        .region(Region.of(region));
  }
}
