package dev.tern.model.auth;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@link SecretSealer} with AES-256-GCM and a key from configuration (the local cloud; on AWS a KMS
 * adapter takes its place). Sealed form: version byte {@code 1}, 12-byte random nonce, ciphertext with
 * the 16-byte tag. The access key id is the associated data.
 */
public final class AesGcmSecretSealer implements SecretSealer {

    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random;

    /** Creates a sealer with a 32-byte AES key. */
    public AesGcmSecretSealer(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("AES-256 needs a 32-byte key, got " + key.length);
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
        this.random = new SecureRandom();
    }

    /** Creates a sealer from a base64-encoded 32-byte key, the form kept in configuration. */
    public static AesGcmSecretSealer fromBase64(String base64Key) {
        return new AesGcmSecretSealer(Base64.getDecoder().decode(base64Key));
    }

    @Override
    public SealedSecret seal(String keyId, String secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, keyId);
            byte[] ciphertext = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return new SealedSecret(ByteBuffer.allocate(1 + NONCE_BYTES + ciphertext.length)
                    .put(VERSION).put(nonce).put(ciphertext).array());
        } catch (GeneralSecurityException e) {
            throw new SealingException("cannot seal the secret of " + keyId, e);
        }
    }

    @Override
    public String unseal(String keyId, SealedSecret sealed) {
        byte[] bytes = sealed.bytes();
        if (bytes.length < 1 + NONCE_BYTES + TAG_BITS / 8 || bytes[0] != VERSION) {
            throw new SealingException("unknown sealed-secret format for " + keyId, null);
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes, 1, bytes.length - 1);
        byte[] nonce = new byte[NONCE_BYTES];
        buffer.get(nonce);
        byte[] ciphertext = new byte[buffer.remaining()];
        buffer.get(ciphertext);
        try {
            return new String(cipher(Cipher.DECRYPT_MODE, nonce, keyId).doFinal(ciphertext), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new SealingException("cannot unseal the secret of " + keyId, e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String keyId) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    @Override
    public String toString() {
        return "AesGcmSecretSealer[key=<redacted>]";
    }
}
