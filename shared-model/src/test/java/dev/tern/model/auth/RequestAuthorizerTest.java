package dev.tern.model.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tern.model.auth.RequestAuthorizer.Outcome;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Signature first, then role and app scope, on botocore-signed requests. */
class RequestAuthorizerTest {

    private final SecretSealer sealer = new AesGcmSecretSealer(Base64.getDecoder().decode(
            "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="));
    private final InMemoryAccessKeyStore store = new InMemoryAccessKeyStore();
    private final RequestAuthorizer authorizer = new RequestAuthorizer(
            new SigV4Verifier(store, sealer, SigV4Fixture.clock()), new AccessPolicy());

    private final RawRequest getEndpoint = SigV4Fixture.named("client GetEndpoint, unicode id").request();

    @Test
    void allowsAValidSignatureWhoseKeyMayCallTheOperation() {
        key(Role.ADMIN, AppScope.allApps());
        Outcome outcome = authorizer.authorize(getEndpoint, "GetEndpoint", "app1");
        assertEquals(SigV4Fixture.ACCESS_KEY_ID, assertInstanceOf(Outcome.Allowed.class, outcome).key().id());
    }

    @Test
    void refusesABadSignatureBeforeLookingAtThePolicy() {
        key(Role.ADMIN, AppScope.allApps());
        RawRequest tampered = new RawRequest("GET", "/v1/apps/app2/endpoints/x", "", getEndpoint.headers(), new byte[0]);
        Outcome.Refused refused = assertInstanceOf(Outcome.Refused.class, authorizer.authorize(tampered, "GetEndpoint", "app2"));
        assertEquals(AuthFailure.SIGNATURE_MISMATCH, refused.failure());
    }

    @Test
    void refusesAKeyScopedToAnotherApp() {
        key(Role.ADMIN, AppScope.apps(Set.of("other")));
        Outcome.Refused refused = assertInstanceOf(Outcome.Refused.class, authorizer.authorize(getEndpoint, "GetEndpoint", "app1"));
        assertNull(refused.failure(), "authenticated, but not allowed");
        assertTrue(refused.reason().contains("app1"), refused.reason());
    }

    @Test
    void refusesAWriteWithAReadOnlyKey() {
        key(Role.READ_ONLY, AppScope.allApps());
        RawRequest update = SigV4Fixture.named("client UpdateEndpoint, id with space and slash [python").request();
        assertInstanceOf(Outcome.Refused.class, authorizer.authorize(update, "UpdateEndpoint", "app1"));
        assertInstanceOf(Outcome.Allowed.class, authorizer.authorize(getEndpoint, "GetEndpoint", "app1"));
    }

    @Test
    void refusesARevokedKeyEvenWithAGoodSignature() {
        key(Role.ADMIN, AppScope.allApps());
        store.revoke(SigV4Fixture.ACCESS_KEY_ID);
        Outcome.Refused refused = assertInstanceOf(Outcome.Refused.class, authorizer.authorize(getEndpoint, "GetEndpoint", "app1"));
        assertEquals(AuthFailure.REVOKED_ACCESS_KEY, refused.failure());
        assertFalse(refused.reason().contains(SigV4Fixture.SECRET));
    }

    @Test
    void canSeeFollowsTheScope() {
        key(Role.READ_ONLY, AppScope.apps(Set.of("app1")));
        AccessKey key = store.find(SigV4Fixture.ACCESS_KEY_ID).orElseThrow().key();
        assertTrue(authorizer.canSee(key, "app1"));
        assertFalse(authorizer.canSee(key, "app2"));
    }

    private void key(Role role, AppScope scope) {
        AccessKey key = new AccessKey(SigV4Fixture.ACCESS_KEY_ID, Instant.parse("2026-01-01T00:00:00Z"), KeyStatus.ACTIVE,
                role, scope, "test");
        store.put(new StoredAccessKey(key, sealer.seal(key.id(), SigV4Fixture.SECRET)));
    }
}
