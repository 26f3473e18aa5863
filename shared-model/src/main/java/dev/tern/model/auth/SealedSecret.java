package dev.tern.model.auth;

import java.util.Arrays;
import java.util.Base64;

/**
 * A secret access key encrypted by a {@link SecretSealer}: opaque bytes, safe to store. SigV4 needs
 * the secret itself to recompute a signature (it is an HMAC key, not a password), so secrets are stored
 * encrypted rather than hashed.
 */
public final class SealedSecret {

    private final byte[] bytes;

    /** Wraps sealed bytes (copied). */
    public SealedSecret(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    /** Reads the form produced by {@link #toBase64()}. */
    public static SealedSecret fromBase64(String base64) {
        return new SealedSecret(Base64.getDecoder().decode(base64));
    }

    /** Returns a copy of the sealed bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Returns the sealed bytes as base64, e.g. for a DynamoDB string attribute. */
    public String toBase64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SealedSecret that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "SealedSecret[" + bytes.length + " bytes]";
    }
}
