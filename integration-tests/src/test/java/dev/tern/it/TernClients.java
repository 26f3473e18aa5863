package dev.tern.it;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.pinpoint.PinpointClient;

/** Builds the real AWS SDK clients, pointed at the running Tern suite exactly as a user would. */
final class TernClients {
    private TernClients() {}

    /** The suite's API URL: -Dtern.api.url, else TERN_API_URL (infra/bin/test sets both). */
    static URI apiUrl() {
        String url = System.getProperty("tern.api.url", System.getenv("TERN_API_URL"));
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("tern.api.url / TERN_API_URL is not set: start the local cloud (infra/bin/run)");
        }
        return URI.create(url);
    }

    /** A PinpointClient that differs from one talking to AWS only in its endpoint and credentials. */
    static PinpointClient pinpoint() {
        return PinpointClient.builder()
                .endpointOverride(apiUrl())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(
                                System.getProperty("tern.access.key", "AKIDTERNLOCALTEST000"),
                                System.getProperty("tern.secret.key", "tern-local-test-secret"))))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }
}
