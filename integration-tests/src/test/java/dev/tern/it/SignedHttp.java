package dev.tern.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * Raw HTTP requests to the suite (what no SDK would send, or Tern's own admin API), signed as the
 * Pinpoint SDKs sign: SigV4 by the AWS SDK's own signer, service {@code mobiletargeting}.
 */
final class SignedHttp {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private SignedHttp() {}

    /** Sends {@code method path} with {@code body} (null for none), signed with the given key. */
    static HttpResponse<String> send(String accessKeyId, String secret, String method, String path, String body) {
        URI uri = URI.create(TernClients.apiUrl().toString().replaceAll("/$", "") + path);
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        SdkHttpRequest unsigned = SdkHttpRequest.builder().method(SdkHttpMethod.fromValue(method)).uri(uri)
                .putHeader("Content-Type", "application/json").build();
        SdkHttpRequest signed = AwsV4HttpSigner.create().sign(r -> r
                .identity(AwsCredentialsIdentity.create(accessKeyId, secret))
                .request(unsigned)
                .payload(ContentStreamProvider.fromByteArray(bytes))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "mobiletargeting")
                .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")).request();
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(bytes));
        signed.headers().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("host")) { // java.net.http sets Host itself, to the same value
                values.forEach(v -> request.header(name, v));
            }
        });
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Signed with the suite's admin key (TERN_ACCESS_KEY / TERN_SECRET_KEY). */
    static HttpResponse<String> asAdmin(String method, String path, String body) {
        return send(TernClients.accessKeyId(), TernClients.secretKey(), method, path, body);
    }
}
