package dev.tern.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;

/** Tern's own admin API ({@code /tern/v1/access-keys}, which no AWS SDK knows), through {@link SignedHttp}. */
final class TernAdmin {

    static final ObjectMapper JSON = new ObjectMapper();

    /** An answer: HTTP status, x-amzn-ErrorType (null on success), JSON body. */
    record Answer(int status, String errorType, JsonNode body) {}

    private final String accessKeyId;
    private final String secret;

    TernAdmin(String accessKeyId, String secret) {
        this.accessKeyId = accessKeyId;
        this.secret = secret;
    }

    /** As the suite's admin (TERN_ACCESS_KEY / TERN_SECRET_KEY). */
    static TernAdmin asSuiteAdmin() {
        return new TernAdmin(TernClients.accessKeyId(), TernClients.secretKey());
    }

    /** Issues a key; the answer's body holds AccessKeyId and SecretAccessKey. */
    Answer issue(String role, String... appIds) {
        var body = JSON.createObjectNode().put("Role", role).put("Description", "AuthIT");
        if (appIds.length > 0) {
            var apps = body.putArray("ApplicationIds");
            for (String id : appIds) {
                apps.add(id);
            }
        }
        return send("POST", "/tern/v1/access-keys", body.toString());
    }

    Answer list() {
        return send("GET", "/tern/v1/access-keys", null);
    }

    Answer revoke(String accessKeyId) {
        return send("DELETE", "/tern/v1/access-keys/" + accessKeyId, null);
    }

    private Answer send(String method, String path, String body) {
        HttpResponse<String> answer = SignedHttp.send(accessKeyId, secret, method, path, body);
        try {
            JsonNode json = answer.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(answer.body());
            return new Answer(answer.statusCode(), answer.headers().firstValue("x-amzn-ErrorType").orElse(null), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
