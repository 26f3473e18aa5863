package dev.tern.aws;

import dev.tern.model.auth.SealedSecret;
import dev.tern.model.auth.SealingException;
import dev.tern.model.auth.SecretSealer;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.kms.KmsClient;

/**
 * {@link SecretSealer} on AWS KMS: {@code Encrypt}/{@code Decrypt} under the stack's key, with the
 * access key id as encryption context ({@value #CONTEXT_KEY}), so a sealed secret copied onto another
 * key's record fails to decrypt. The clear secret exists only in memory; neither it nor the ciphertext is
 * logged (exceptions name the key id only). Decrypt names the key too, so a ciphertext made under another
 * KMS key is refused rather than silently accepted.
 */
public final class KmsSecretSealer implements SecretSealer {

  /** Encryption-context entry binding a ciphertext to its access key id. */
  static final String CONTEXT_KEY = "tern:access-key-id";

  private final KmsClient kms;
  private final String keyId;

  /** A sealer using the KMS key {@code keyId} (id, ARN or alias) through {@code kms}. */
  public KmsSecretSealer(KmsClient kms, String keyId) {
    this.kms = kms;
    this.keyId = keyId;
  }

  @Override
  public SealedSecret seal(String accessKeyId, String secret) {
    try {
      byte[] blob = kms.encrypt(b -> b.keyId(keyId)
          .plaintext(SdkBytes.fromUtf8String(secret))
          .encryptionContext(Map.of(CONTEXT_KEY, accessKeyId))).ciphertextBlob().asByteArray();
      return new SealedSecret(blob);
    } catch (SdkException e) {
      throw new SealingException("KMS could not seal the secret of " + accessKeyId + ": " + e.getClass().getSimpleName(), e);
    }
  }

  @Override
  public String unseal(String accessKeyId, SealedSecret sealed) {
    try {
      return kms.decrypt(b -> b.keyId(keyId)
          .ciphertextBlob(SdkBytes.fromByteArray(sealed.bytes()))
          .encryptionContext(Map.of(CONTEXT_KEY, accessKeyId))).plaintext().asUtf8String();
    } catch (SdkException e) {
      throw new SealingException("KMS could not unseal the secret of " + accessKeyId + ": " + e.getClass().getSimpleName(), e);
    }
  }

  @Override
  public String toString() {
    return "KmsSecretSealer[" + keyId + "]";
  }
}
