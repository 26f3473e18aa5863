package dev.tern.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tern.model.campaign.Claim;
import dev.tern.model.campaign.DeliveryStatus;
import dev.tern.model.campaign.FailureReason;
import dev.tern.model.campaign.LedgerEntry;
import dev.tern.model.campaign.SkipReason;
import dev.tern.model.common.Ids;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link DynamoDbDeliveryLedger} against moto: the claim, takeover and finish conditions evaluated for real. */
class DynamoDbDeliveryLedgerIT {

  static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
  static final Duration LEASE = Duration.ofMinutes(2);
  static MotoDynamoDb moto;
  static DynamoDbDeliveryLedger ledger;

  @BeforeAll
  static void start() throws Exception {
    moto = MotoDynamoDb.start();
    moto.createTable("ledger-it", "RunId", "Key");
    ledger = new DynamoDbDeliveryLedger(moto.dynamo, "ledger-it", Duration.ofDays(30));
  }

  @AfterAll
  static void stop() {
    if (moto != null) {
      moto.close();
    }
  }

  @Test
  void aPairIsClaimedOnceSentOnceAndPassedOverAfterwards() {
    String run = Ids.newId();
    assertEquals(new Claim.Acquired(1), ledger.claim(run, "e1", T0, LEASE));
    assertEquals(new Claim.AlreadyClaimed(DeliveryStatus.CLAIMED), ledger.claim(run, "e1", T0.plusSeconds(1), LEASE));
    assertTrue(ledger.recordSent(run, "e1", "ses-1"));
    assertFalse(ledger.recordSent(run, "e1", "ses-2"), "only a CLAIMED pair can be recorded");
    assertEquals(new Claim.AlreadyClaimed(DeliveryStatus.SENT), ledger.claim(run, "e1", T0.plusSeconds(600), LEASE));
    LedgerEntry e = ledger.find(run, "e1").orElseThrow();
    assertEquals(DeliveryStatus.SENT, e.status());
    assertEquals("ses-1", e.providerMessageId());
    assertEquals(T0.plus(LEASE), e.leaseUntil());
  }

  @Test
  void anExpiredLeaseIsTakenOverAndARetryableFailureReleasesThePair() {
    String run = Ids.newId();
    ledger.claim(run, "e1", T0, LEASE);
    assertEquals(new Claim.Acquired(2), ledger.claim(run, "e1", T0.plus(LEASE).plusSeconds(1), LEASE),
        "the holder died: its lease is over");
    assertTrue(ledger.recordFailed(run, "e1", FailureReason.THROTTLED, true));
    assertEquals(new Claim.Acquired(3), ledger.claim(run, "e1", T0.plusSeconds(200), LEASE), "RELEASED is free");
    assertTrue(ledger.recordSkipped(run, "e1", SkipReason.OPTED_OUT));
    assertEquals(SkipReason.OPTED_OUT, ledger.find(run, "e1").orElseThrow().skipReason());
    assertTrue(ledger.find(run, "nobody").isEmpty());
  }

  @Test
  void theFirstEndpointToClaimAnAddressOwnsIt() {
    String run = Ids.newId();
    assertEquals("e1", ledger.claimAddress(run, "a@example.com", "e1"));
    assertEquals("e1", ledger.claimAddress(run, "a@example.com", "e2"));
    assertEquals("e2", ledger.claimAddress(Ids.newId(), "a@example.com", "e2"), "per run");
  }
}
