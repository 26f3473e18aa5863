package dev.tern.aws;

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
        .region(Region.of(region));
  }
}
