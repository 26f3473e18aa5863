package dev.tern.aws;

import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The SQS and SES clients, built like {@link DynamoDbClients}: URL-connection HTTP client, default
 * credentials, no endpoint override (the SDK honours {@code AWS_ENDPOINT_URL}, which the local cloud sets).
 */
public final class AwsClients {

  private AwsClients() {}

  /** An SQS client in {@code region}. */
  public static SqsClient sqs(String region) {
    return SqsClient.builder().httpClient(UrlConnectionHttpClient.create()).region(Region.of(region)).build();
  }

  /** An SES v2 client in {@code region}. */
  public static SesV2Client ses(String region) {
    return SesV2Client.builder().httpClient(UrlConnectionHttpClient.create()).region(Region.of(region)).build();
  }
}
