package dev.tern.model.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link AccessKeyService}: issue once, store sealed, list without secrets, revoke. */
class AccessKeyServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-26T16:40:05Z");
    private final InMemoryAccessKeyStore store = new InMemoryAccessKeyStore();
    private final AesGcmSecretSealer sealer = new AesGcmSecretSealer(new byte[32]);
    private final AccessKeyService service = new AccessKeyService(store, sealer, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void issuesAwsShapedIdAndSecret() {
        IssuedKey issued = service.issue(Role.INGEST_ONLY, AppScope.apps(Set.of("app1")), "iOS analytics");
        assertTrue(AccessKey.ID_PATTERN.matcher(issued.key().id()).matches(), issued.key().id());
        assertEquals(20, issued.key().id().length());
        assertTrue(issued.secretAccessKey().matches("[A-Za-z0-9+/]{40}"), "secret shape");
        assertEquals(NOW, issued.key().created());
        assertEquals(KeyStatus.ACTIVE, issued.key().status());
        assertEquals(Role.INGEST_ONLY, issued.key().role());
    }

    @Test
    void issuesDistinctKeys() {
        Set<String> ids = new HashSet<>();
        Set<String> secrets = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            IssuedKey issued = service.issue(Role.ADMIN, AppScope.allApps(), "k" + i);
            ids.add(issued.key().id());
            secrets.add(issued.secretAccessKey());
        }
        assertEquals(50, ids.size());
        assertEquals(50, secrets.size());
    }

    @Test
    void storesTheSecretSealedOnly() {
        IssuedKey issued = service.issue(Role.ADMIN, AppScope.allApps(), "ops");
        StoredAccessKey stored = store.find(issued.key().id()).orElseThrow();
        assertFalse(new String(stored.sealedSecret().bytes(), StandardCharsets.ISO_8859_1).contains(issued.secretAccessKey()));
        assertEquals(issued.secretAccessKey(), sealer.unseal(issued.key().id(), stored.sealedSecret()));
    }

    @Test
    void neverPrintsTheSecret() {
        IssuedKey issued = service.issue(Role.ADMIN, AppScope.allApps(), "ops");
        StoredAccessKey stored = store.find(issued.key().id()).orElseThrow();
        assertFalse(issued.toString().contains(issued.secretAccessKey()));
        assertFalse(stored.toString().contains(issued.secretAccessKey()));
        assertFalse(issued.key().toString().contains(issued.secretAccessKey()));
    }

    @Test
    void listsKeysWithoutSecrets() {
        IssuedKey first = service.issue(Role.ADMIN, AppScope.allApps(), "first");
        IssuedKey second = service.issue(Role.READ_ONLY, AppScope.allApps(), "second");
        List<AccessKey> keys = service.list();
        assertEquals(2, keys.size());
        assertEquals(Set.of(first.key(), second.key()), Set.copyOf(keys));
    }

    @Test
    void revokesAKeyAndReportsUnknownIds() {
        IssuedKey issued = service.issue(Role.ADMIN, AppScope.allApps(), "leaked");
        assertTrue(service.revoke(issued.key().id()));
        assertEquals(KeyStatus.REVOKED, store.find(issued.key().id()).orElseThrow().key().status());
        assertFalse(service.revoke("TERNNOSUCHKEY2345678"));
    }

    @Test
    void idsOfAnotherShapeAreNeitherFoundNorRevoked() {
        assertFalse(service.revoke("x".repeat(3000)));
        assertTrue(service.find("TERN" + "A".repeat(2000)).isEmpty());
        assertTrue(service.find(null).isEmpty());
    }

    @Test
    void importsAKeyWithAKnownSecretThatTheVerifierAccepts() {
        service.importKey(SigV4Fixture.ACCESS_KEY_ID, SigV4Fixture.SECRET, Role.ADMIN, AppScope.allApps(), "local cloud");
        SigV4Verifier verifier = new SigV4Verifier(store, sealer, SigV4Fixture.clock());
        Verification outcome = verifier.verify(SigV4Fixture.VECTORS.get(0).request());
        assertEquals(SigV4Fixture.ACCESS_KEY_ID, ((Verification.Verified) outcome).key().id());
    }

    @Test
    void refusesToImportMalformedOrDuplicateKeys() {
        String secret = SigV4Fixture.SECRET;
        assertThrows(IllegalArgumentException.class, () -> service.importKey("AKIAIOSFODNN7EXAMPLE", secret, Role.ADMIN, AppScope.allApps(), ""));
        assertThrows(IllegalArgumentException.class, () -> service.importKey("TERNAAAAAAAAAAAAAAAA", "short", Role.ADMIN, AppScope.allApps(), ""));
        assertThrows(IllegalArgumentException.class, () -> service.importKey("TERNAAAAAAAAAAAAAAAA", secret.replace('/', '-'), Role.ADMIN, AppScope.allApps(), ""));
        service.importKey("TERNAAAAAAAAAAAAAAAA", secret, Role.ADMIN, AppScope.allApps(), "");
        assertThrows(IllegalArgumentException.class, () -> service.importKey("TERNAAAAAAAAAAAAAAAA", secret, Role.ADMIN, AppScope.allApps(), ""));
    }
}
