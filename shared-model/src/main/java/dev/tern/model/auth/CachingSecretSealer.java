package dev.tern.model.auth;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers unsealed secrets so that verifying a request does not cost a KMS call each time. Keyed by
 * the access key id <em>and</em> the sealed bytes, so a re-issued or replaced secret is never served
 * from the cache. Revocation is not affected: the key record (with its status) is still read from the
 * store on every request; only the decryption is cached. Bounded (least recently used evicted) so a
 * flood of requests naming many keys cannot grow memory without limit.
 */
public final class CachingSecretSealer implements SecretSealer {

    private final SecretSealer delegate;
    private final Map<Entry, String> cache;

    /** Wraps {@code delegate}, keeping at most {@code capacity} unsealed secrets. */
    public CachingSecretSealer(SecretSealer delegate, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.delegate = delegate;
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Entry, String> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public SealedSecret seal(String keyId, String secret) {
        return delegate.seal(keyId, secret);
    }

    @Override
    public String unseal(String keyId, SealedSecret sealed) {
        Entry entry = new Entry(keyId, sealed);
        synchronized (cache) {
            String secret = cache.get(entry);
            if (secret != null) {
                return secret;
            }
        }
        // Unsealed outside the lock: a slow KMS call must not serialise every request.
        String secret = delegate.unseal(keyId, sealed);
        synchronized (cache) {
            cache.put(entry, secret);
        }
        return secret;
    }

    @Override
    public String toString() {
        return "CachingSecretSealer[" + delegate + "]";
    }

    private record Entry(String keyId, SealedSecret sealed) {
    }
}
