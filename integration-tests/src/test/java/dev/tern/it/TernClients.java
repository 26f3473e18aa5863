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

    /**
     * A PinpointClient that differs from one talking to AWS only in its endpoint and credentials: the
     * suite's admin access key, -Dtern.access.key/-Dtern.secret.key else TERN_ACCESS_KEY/TERN_SECRET_KEY
     * (infra/bin/test takes them from the local cloud's ready.json).
     */
    static PinpointClient pinpoint() {
        return pinpoint(accessKeyId(), secretKey());
    }

    /** The suite's admin access key id. */
    static String accessKeyId() {
        return setting("tern.access.key", "TERN_ACCESS_KEY");
    }

    /** The suite's admin secret access key. */
    static String secretKey() {
        return setting("tern.secret.key", "TERN_SECRET_KEY");
    }

    /** A PinpointClient signing with the given access key (e.g. one issued by a test). */
    static PinpointClient pinpoint(String accessKeyId, String secretAccessKey) {
        return PinpointClient.builder()
                .endpointOverride(apiUrl())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secretAccessKey)))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    private static String setting(String property, String env) {
        String value = System.getProperty(property, System.getenv(env));
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(property + " / " + env + " is not set: take admin_access_key_id and "
                    + "admin_secret_access_key from the local cloud's ready.json (infra/bin/test does)");
        }
        return value;
    }
}
