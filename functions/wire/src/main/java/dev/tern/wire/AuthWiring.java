package dev.tern.wire;

import dev.tern.aws.KmsClients;
import dev.tern.aws.KmsSecretSealer;
import dev.tern.model.auth.AccessKeyStore;
import dev.tern.model.auth.AccessPolicy;
import dev.tern.model.auth.CachingSecretSealer;
import dev.tern.model.auth.RequestAuthorizer;
import dev.tern.model.auth.SecretSealer;
import dev.tern.model.auth.SigV4Verifier;
import dev.tern.stores.StoresConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import software.amazon.awssdk.services.kms.KmsClient;

/**
 * The producers {@link AuthFilter} needs, shared by every HTTP function so each one verifies requests the
 * same way: KMS sealing with a cache of unsealed secrets, and the authorizer. The access-key store, the
 * {@link Clock} and the region come from functions/stores; tests replace the store and the sealer.
 */
@ApplicationScoped
public class AuthWiring {

  /** One KMS client per container, built on first use (only when a secret must be unsealed). */
  @Produces
  @ApplicationScoped
  KmsClient kmsClient(StoresConfig config) {
    return KmsClients.create(config.region());
  }

  /** KMS sealing, with unsealed secrets cached so a warm function verifies without calling KMS. */
  @Produces
  @ApplicationScoped
  SecretSealer secretSealer(KmsClient kms, AuthConfig auth) {
    return new CachingSecretSealer(new KmsSecretSealer(kms, auth.kmsKeyId()), auth.secretCacheSize());
  }

  /** Signature check, then role and app scope, for every request. */
  @Produces
  @Singleton
  RequestAuthorizer requestAuthorizer(AccessKeyStore keys, SecretSealer sealer, Clock clock) {
    return new RequestAuthorizer(new SigV4Verifier(keys, sealer, clock), new AccessPolicy());
  }
}
