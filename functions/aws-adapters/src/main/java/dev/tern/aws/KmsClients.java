package dev.tern.aws;

import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.KmsClientBuilder;

/**
 * Builds the KMS client, like {@link DynamoDbClients}: URL-connection HTTP client and no endpoint
 * override (the SDK honours {@code AWS_ENDPOINT_URL}, which the local cloud sets to moto).
 */
public final class KmsClients {

  private KmsClients() {}

  /** A client in {@code region} with the default credential chain. */
  public static KmsClient create(String region) {
    return builder(region).build();
  }

  /** The builder behind {@link #create}, for tests that add an endpoint or credentials. */
  public static KmsClientBuilder builder(String region) {
    return KmsClient.builder().httpClient(UrlConnectionHttpClient.create())
        .overrideConfiguration(c -> c.apiCallAttemptTimeout(DynamoDbClients.ATTEMPT_TIMEOUT)) // same reason
        .region(Region.of(region));
  }
}
