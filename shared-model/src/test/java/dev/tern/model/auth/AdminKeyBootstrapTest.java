package dev.tern.model.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The first admin key: issued once, kept on a repeated create, replaced when revoked, removed with the stack. */
class AdminKeyBootstrapTest {

    static final String PARAMETER = "/tern/admin-access-key";

    final InMemoryAccessKeyStore store = new InMemoryAccessKeyStore();
    final SecretSealer sealer = new AesGcmSecretSealer(Base64.getDecoder().decode("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="));
    final AccessKeyService keys = new AccessKeyService(store, sealer, Clock.systemUTC());
    final InMemorySecretParameter parameters = new InMemorySecretParameter();
    final AdminKeyBootstrap bootstrap = new AdminKeyBootstrap(keys, parameters);

    @Test
    void issuesAnAdminKeyForAllAppsAndStoresItsCredentialsInTheParameter() {
        String id = bootstrap.ensure(PARAMETER);
        AccessKey key = keys.find(id).orElseThrow();
        assertEquals(Role.ADMIN, key.role());
        assertEquals(AppScope.allApps(), key.scope());
        String value = parameters.get(PARAMETER).orElseThrow();
        assertTrue(value.startsWith("{\"AccessKeyId\":\"" + id + "\",\"SecretAccessKey\":\""), value);
        String secret = value.replaceAll(".*\"SecretAccessKey\":\"([^\"]+)\".*", "$1");
        assertEquals(secret, sealer.unseal(id, store.find(id).orElseThrow().sealedSecret()));
    }

    @Test
    void aRepeatedCreateKeepsTheActiveKey() {
        String first = bootstrap.ensure(PARAMETER);
        String value = parameters.get(PARAMETER).orElseThrow();
        assertEquals(first, bootstrap.ensure(PARAMETER));
        assertEquals(value, parameters.get(PARAMETER).orElseThrow());
        assertEquals(1, keys.list().size());
    }

    @Test
    void aRevokedBootstrapKeyIsReplaced() {
        String first = bootstrap.ensure(PARAMETER);
        keys.revoke(first);
        String second = bootstrap.ensure(PARAMETER);
        assertNotEquals(first, second);
        assertTrue(parameters.get(PARAMETER).orElseThrow().contains(second));
    }

    @Test
    void removeRevokesTheKeyAndDeletesTheParameter() {
        String id = bootstrap.ensure(PARAMETER);
        bootstrap.remove(PARAMETER);
        assertFalse(keys.find(id).orElseThrow().isActive());
        assertTrue(parameters.get(PARAMETER).isEmpty());
        bootstrap.remove(PARAMETER); // nothing left: no error
    }
}
