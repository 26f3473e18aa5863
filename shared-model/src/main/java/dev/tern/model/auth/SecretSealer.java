package dev.tern.model.auth;

/**
 * Port: encrypts secret access keys at rest (KMS on AWS, {@link AesGcmSecretSealer} with a configured
 * key on the local cloud). The key id is bound to the ciphertext (KMS encryption context, AES-GCM
 * associated data), so a sealed secret copied onto another key's record does not unseal.
 */
public interface SecretSealer {

    /** Encrypts the secret of the given key. */
    SealedSecret seal(String keyId, String secret);

    /** Decrypts the secret of the given key; throws {@link SealingException} when it cannot. */
    String unseal(String keyId, SealedSecret sealed);
}
