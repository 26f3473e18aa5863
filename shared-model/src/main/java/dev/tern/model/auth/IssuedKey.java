package dev.tern.model.auth;

import java.util.Objects;

/**
 * A freshly issued key with its secret in clear: the only time the secret leaves Tern. Show it to the
 * issuer once (like the IAM console does) and drop it; it cannot be read back later.
 *
 * @param key the public facts
 * @param secretAccessKey the 40-character secret, for the client's AWS credentials
 */
public record IssuedKey(AccessKey key, String secretAccessKey) {

    /** Validates presence. */
    public IssuedKey {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(secretAccessKey, "secretAccessKey");
    }

    @Override
    public String toString() {
        return "IssuedKey[key=" + key + ", secretAccessKey=<redacted>]";
    }
}
