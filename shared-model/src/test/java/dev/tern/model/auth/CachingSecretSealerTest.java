package dev.tern.model.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Unsealing is cached per key id and sealed bytes, bounded. */
class CachingSecretSealerTest {

    private final AtomicInteger unseals = new AtomicInteger();
    private final SecretSealer aes = new AesGcmSecretSealer(Base64.getDecoder().decode(
            "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="));
    private final SecretSealer counting = new SecretSealer() {
        @Override
        public SealedSecret seal(String keyId, String secret) {
            return aes.seal(keyId, secret);
        }

        @Override
        public String unseal(String keyId, SealedSecret sealed) {
            unseals.incrementAndGet();
            return aes.unseal(keyId, sealed);
        }
    };

    @Test
    void unsealsEachSealedSecretOnce() {
        CachingSecretSealer cache = new CachingSecretSealer(counting, 10);
        SealedSecret sealed = cache.seal("K1", "s1");
        assertEquals("s1", cache.unseal("K1", sealed));
        assertEquals("s1", cache.unseal("K1", sealed));
        assertEquals(1, unseals.get());
    }

    @Test
    void aNewSealedSecretForTheSameKeyIsUnsealedAfresh() {
        CachingSecretSealer cache = new CachingSecretSealer(counting, 10);
        cache.unseal("K1", cache.seal("K1", "old"));
        assertEquals("new", cache.unseal("K1", cache.seal("K1", "new")));
        assertEquals(2, unseals.get());
    }

    @Test
    void evictsTheLeastRecentlyUsedBeyondCapacity() {
        CachingSecretSealer cache = new CachingSecretSealer(counting, 2);
        SealedSecret a = cache.seal("A", "a");
        SealedSecret b = cache.seal("B", "b");
        SealedSecret c = cache.seal("C", "c");
        cache.unseal("A", a);
        cache.unseal("B", b);
        cache.unseal("A", a);
        cache.unseal("C", c); // evicts B, the least recently used
        cache.unseal("A", a);
        assertEquals(3, unseals.get());
        cache.unseal("B", b);
        assertEquals(4, unseals.get());
    }
}
