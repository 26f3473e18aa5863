package dev.tern.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tern.model.auth.AccessKeyService;
import dev.tern.model.auth.AppScope;
import dev.tern.model.auth.IssuedKey;
import dev.tern.model.auth.KeyStatus;
import dev.tern.model.auth.Role;
import dev.tern.model.auth.SealedSecret;
import dev.tern.model.auth.SealingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.kms.KmsClient;

/**
 * {@link DynamoDbAccessKeyStore} and {@link KmsSecretSealer} together against moto's DynamoDB and KMS
 * (own {@code moto_server} on a free port; run with {@code -Pit}): issue, find, unseal, revoke.
 */
class AccessKeyAdaptersIT {

  static MotoDynamoDb moto;
  static DynamoDbClient dynamo;
  static KmsClient kms;
  static String kmsKey;

  @BeforeAll
  static void startMoto() throws Exception {
    moto = MotoDynamoDb.start();
    dynamo = moto.dynamo;
    kms = KmsClients.builder("us-east-1").endpointOverride(moto.endpoint).credentialsProvider(MotoDynamoDb.CREDENTIALS).build();
    moto.createTable("AccessKeys-it", "AccessKeyId", null);
    kmsKey = kms.createKey(b -> b.description("tern it")).keyMetadata().keyId();
  }

  @AfterAll
  static void stopMoto() {
    if (moto != null) {
      moto.close();
    }
  }

  @Test
  void issuedKeysAreSealedByKmsStoredAndRevocable() {
    DynamoDbAccessKeyStore store = new DynamoDbAccessKeyStore(dynamo, "AccessKeys-it");
    KmsSecretSealer sealer = new KmsSecretSealer(kms, kmsKey);
    AccessKeyService service = new AccessKeyService(store, sealer, Clock.systemUTC());

    IssuedKey issued = service.issue(Role.READ_ONLY, AppScope.apps(Set.of("app1", "app2")), "it");
    var stored = store.find(issued.key().id()).orElseThrow();
    assertEquals(issued.key(), stored.key());
    assertFalse(new String(stored.sealedSecret().bytes(), StandardCharsets.ISO_8859_1).contains(issued.secretAccessKey()),
        "the table holds ciphertext, not the secret");
    assertEquals(issued.secretAccessKey(), sealer.unseal(issued.key().id(), stored.sealedSecret()));
    assertTrue(service.list().stream().anyMatch(k -> k.id().equals(issued.key().id())));

    assertTrue(service.revoke(issued.key().id()));
    assertEquals(KeyStatus.REVOKED, store.find(issued.key().id()).orElseThrow().key().status());
    assertFalse(service.revoke("TERNAAAAAAAAAAAAAAAA"));
    assertTrue(store.find("TERNAAAAAAAAAAAAAAAA").isEmpty(), "revoking an unknown id creates nothing");
  }

  @Test
  void aSealedSecretDoesNotUnsealUnderAnotherKeyId() {
    KmsSecretSealer sealer = new KmsSecretSealer(kms, kmsKey);
    SealedSecret sealed = sealer.seal("TERNAAAAAAAAAAAAAAAA", "s3cr3t-value");
    assertNotEquals("s3cr3t-value", new String(sealed.bytes(), StandardCharsets.ISO_8859_1));
    SealingException e = assertThrows(SealingException.class, () -> sealer.unseal("TERNBBBBBBBBBBBBBBBB", sealed));
    assertFalse(e.getMessage().contains("s3cr3t-value"), e.getMessage());
  }
}
