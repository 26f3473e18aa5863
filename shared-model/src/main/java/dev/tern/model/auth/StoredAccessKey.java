package dev.tern.model.auth;

import java.util.Objects;

/**
 * What an {@link AccessKeyStore} persists: the key's facts and its sealed secret.
 *
 * @param key the public facts
 * @param sealedSecret the secret, encrypted by a {@link SecretSealer} bound to {@code key.id()}
 */
public record StoredAccessKey(AccessKey key, SealedSecret sealedSecret) {

    /** Validates presence. */
    public StoredAccessKey {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(sealedSecret, "sealedSecret");
    }

    /** Returns a copy with the given status. */
    public StoredAccessKey withStatus(KeyStatus status) {
        return new StoredAccessKey(key.withStatus(status), sealedSecret);
    }
}
