package dev.tern.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.pinpoint.PinpointClient;
import software.amazon.awssdk.services.pinpoint.model.ForbiddenException;
import software.amazon.awssdk.services.pinpoint.model.GetAppsResponse;

/**
 * SigV4 with Tern's own access keys, through the AWS SDK for Java v2: who may call what on which app.
 * Keys are issued and revoked through Tern's admin API by the suite's admin key.
 */
class AuthIT {
    private static final PinpointClient admin = TernClients.pinpoint();
    private static final TernAdmin keys = TernAdmin.asSuiteAdmin();
    private static final List<String> createdApps = new ArrayList<>();
    private static final List<String> issuedKeys = new ArrayList<>();

    @AfterAll
    static void cleanUp() {
        createdApps.forEach(id -> admin.deleteApp(r -> r.applicationId(id)));
        issuedKeys.forEach(keys::revoke);
        admin.close();
    }

    private static String createApp(String name) {
        String id = admin.createApp(r -> r.createApplicationRequest(c -> c.name(name))).applicationResponse().id();
        createdApps.add(id);
        return id;
    }

    /** Issues a key and returns a client signing with it. */
    private static PinpointClient clientWith(String role, String... appIds) {
        TernAdmin.Answer issued = keys.issue(role, appIds);
        assertEquals(201, issued.status(), issued.body().toString());
        String id = issued.body().path("AccessKeyId").asText();
        issuedKeys.add(id);
        return TernClients.pinpoint(id, issued.body().path("SecretAccessKey").asText());
    }

    private static String idOf(PinpointClient client) {
        return client.serviceClientConfiguration().credentialsProvider().resolveIdentity().join().accessKeyId();
    }

    @Test
    void anUnsignedRequestIsForbidden() {
        try (PinpointClient anonymous = PinpointClient.builder().endpointOverride(TernClients.apiUrl())
                .region(Region.US_EAST_1).credentialsProvider(AnonymousCredentialsProvider.create())
                .httpClient(UrlConnectionHttpClient.create()).build()) {
            ForbiddenException e = assertThrows(ForbiddenException.class, () -> anonymous.getApps(r -> r.pageSize("1")));
            assertEquals(403, e.statusCode());
            assertTrue(e.getMessage().contains("Missing Authentication Token"), e.getMessage());
        }
    }

    @Test
    void aWrongSecretIsForbidden() {
        String id = System.getProperty("tern.access.key", System.getenv("TERN_ACCESS_KEY"));
        try (PinpointClient wrong = TernClients.pinpoint(id, "0000000000000000000000000000000000000000")) {
            ForbiddenException e = assertThrows(ForbiddenException.class, () -> wrong.getApps(r -> r.pageSize("1")));
            assertTrue(e.getMessage().contains("signature we calculated does not match"), e.getMessage());
        }
    }

    @Test
    void aRevokedKeyIsForbiddenAtOnce() {
        try (PinpointClient doomed = clientWith("ADMIN")) {
            doomed.getApps(r -> r.pageSize("1"));
            TernAdmin.Answer revoked = keys.revoke(idOf(doomed));
            assertEquals(200, revoked.status(), revoked.body().toString());
            assertEquals("REVOKED", revoked.body().path("Status").asText());
            ForbiddenException e = assertThrows(ForbiddenException.class, () -> doomed.getApps(r -> r.pageSize("1")));
            assertTrue(e.getMessage().contains("revoked"), e.getMessage());
        }
    }

    @Test
    void aReadOnlyKeyReadsButCannotWrite() {
        String app = createApp("auth-it-read-only");
        try (PinpointClient reader = clientWith("READ_ONLY")) {
            assertEquals(app, reader.getApp(r -> r.applicationId(app)).applicationResponse().id());
            ForbiddenException create = assertThrows(ForbiddenException.class,
                    () -> reader.createApp(r -> r.createApplicationRequest(c -> c.name("nope"))));
            assertTrue(create.getMessage().contains("does not allow CreateApp"), create.getMessage());
            assertThrows(ForbiddenException.class, () -> reader.deleteApp(r -> r.applicationId(app)));
            assertThrows(ForbiddenException.class, () -> reader.updateApplicationSettings(r -> r.applicationId(app)
                    .writeApplicationSettingsRequest(w -> w.cloudWatchMetricsEnabled(true))));
        }
        assertEquals(app, admin.getApp(r -> r.applicationId(app)).applicationResponse().id(), "still there");
    }

    @Test
    void aKeyScopedToAppACannotReadOrListAppB() {
        String a = createApp("auth-it-a");
        String b = createApp("auth-it-b");
        try (PinpointClient scoped = clientWith("READ_ONLY", a)) {
            assertEquals(a, scoped.getApp(r -> r.applicationId(a)).applicationResponse().id());
            ForbiddenException e = assertThrows(ForbiddenException.class, () -> scoped.getApp(r -> r.applicationId(b)));
            assertTrue(e.getMessage().contains(b), e.getMessage());
            assertThrows(ForbiddenException.class, () -> scoped.getApplicationSettings(r -> r.applicationId(b)));

            List<String> listed = new ArrayList<>();
            String token = null;
            for (int page = 0; page < 1000; page++) {
                String t = token;
                GetAppsResponse r = scoped.getApps(q -> q.pageSize("50").token(t));
                r.applicationsResponse().item().forEach(app -> listed.add(app.id()));
                token = r.applicationsResponse().nextToken();
                if (token == null) {
                    break;
                }
            }
            assertEquals(List.of(a), listed, "GetApps lists only the apps in the key's scope");
        }
    }

    @Test
    void onlyAnAdminIssuesListsAndRevokesKeys() {
        TernAdmin.Answer issued = keys.issue("INGEST_ONLY");
        assertEquals(201, issued.status());
        String id = issued.body().path("AccessKeyId").asText();
        issuedKeys.add(id);
        TernAdmin.Answer listed = keys.list();
        assertEquals(200, listed.status());
        assertTrue(listed.body().toString().contains(id));
        assertFalse(listed.body().toString().contains("SecretAccessKey"));

        TernAdmin.Answer reader = keys.issue("READ_ONLY");
        issuedKeys.add(reader.body().path("AccessKeyId").asText());
        TernAdmin asReader = new TernAdmin(reader.body().path("AccessKeyId").asText(), reader.body().path("SecretAccessKey").asText());
        assertEquals("ForbiddenException", asReader.list().errorType());
        assertEquals(403, asReader.issue("ADMIN").status());
        assertEquals(403, asReader.revoke(id).status());

        assertEquals(200, keys.revoke(id).status());
        assertEquals(404, keys.revoke("TERNAAAAAAAAAAAAAAAA").status());
    }
}
