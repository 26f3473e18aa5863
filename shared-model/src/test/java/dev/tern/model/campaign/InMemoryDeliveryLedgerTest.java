package dev.tern.model.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class InMemoryDeliveryLedgerTest {

    static final Instant T0 = Instant.parse("2026-11-26T12:00:00Z");
    static final Duration LEASE = Duration.ofMinutes(5);
    final DeliveryLedger ledger = new InMemoryDeliveryLedger();

    @Test
    void firstClaimWinsSecondIsAlreadyClaimed() {
        assertEquals(new Claim.Acquired(1), ledger.claim("r1", "ep1", T0, LEASE));
        assertEquals(new Claim.AlreadyClaimed(DeliveryStatus.CLAIMED), ledger.claim("r1", "ep1", T0, LEASE));
        assertEquals(new Claim.Acquired(1), ledger.claim("r2", "ep1", T0, LEASE), "another run is another pair");
    }

    @Test
    void finalStatesCannotBeClaimedEvenAfterTheLease() {
        Instant later = T0.plus(LEASE).plusSeconds(1);
        ledger.claim("r1", "sent", T0, LEASE);
        assertTrue(ledger.recordSent("r1", "sent", "m-1"));
        ledger.claim("r1", "skipped", T0, LEASE);
        assertTrue(ledger.recordSkipped("r1", "skipped", SkipReason.OPTED_OUT));
        ledger.claim("r1", "failed", T0, LEASE);
        assertTrue(ledger.recordFailed("r1", "failed", FailureReason.INVALID_ADDRESS, false));
        assertEquals(new Claim.AlreadyClaimed(DeliveryStatus.SENT), ledger.claim("r1", "sent", later, LEASE));
        assertEquals(new Claim.AlreadyClaimed(DeliveryStatus.SKIPPED), ledger.claim("r1", "skipped", later, LEASE));
        assertEquals(new Claim.AlreadyClaimed(DeliveryStatus.FAILED), ledger.claim("r1", "failed", later, LEASE));
        assertEquals("m-1", ledger.find("r1", "sent").orElseThrow().providerMessageId());
    }

    @Test
    void retryableFailureReleasesTheClaimForTheNextAttempt() {
        ledger.claim("r1", "ep1", T0, LEASE);
        assertTrue(ledger.recordFailed("r1", "ep1", FailureReason.THROTTLED, true));
        assertEquals(DeliveryStatus.RELEASED, ledger.find("r1", "ep1").orElseThrow().status());
        assertEquals(new Claim.Acquired(2), ledger.claim("r1", "ep1", T0, LEASE));
    }

    @Test
    void aClaimWhoseLeaseEndedCanBeTakenOver() {
        ledger.claim("r1", "ep1", T0, LEASE);
        assertEquals(new Claim.AlreadyClaimed(DeliveryStatus.CLAIMED),
                ledger.claim("r1", "ep1", T0.plus(LEASE), LEASE), "lease still running at its last instant");
        assertEquals(new Claim.Acquired(2), ledger.claim("r1", "ep1", T0.plus(LEASE).plusMillis(1), LEASE));
    }

    @Test
    void recordsOnlyChangeAClaimedPair() {
        assertFalse(ledger.recordSent("r1", "never-claimed", "m"));
        ledger.claim("r1", "ep1", T0, LEASE);
        assertTrue(ledger.recordSent("r1", "ep1", "m-1"));
        assertFalse(ledger.recordSent("r1", "ep1", "m-2"), "a second SENT is not a change");
        assertFalse(ledger.recordFailed("r1", "ep1", FailureReason.THROTTLED, true), "SENT cannot be released");
        assertEquals("m-1", ledger.find("r1", "ep1").orElseThrow().providerMessageId());
    }

    @Test
    void firstEndpointOwnsAnAddressWithinARun() {
        assertEquals("ep1", ledger.claimAddress("r1", "a@x.org", "ep1"));
        assertEquals("ep1", ledger.claimAddress("r1", "a@x.org", "ep2"));
        assertEquals("ep1", ledger.claimAddress("r1", "a@x.org", "ep1"), "the owner asking again still owns it");
        assertEquals("ep2", ledger.claimAddress("r2", "a@x.org", "ep2"));
    }

    @Test
    void concurrentClaimsOfOnePairHaveExactlyOneWinner() throws Exception {
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < 50; round++) {
                String endpoint = "ep" + round;
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Claim>> claims = new ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    Callable<Claim> c = () -> {
                        go.await();
                        return ledger.claim("r1", endpoint, T0, LEASE);
                    };
                    claims.add(pool.submit(c));
                }
                go.countDown();
                int winners = 0;
                for (Future<Claim> f : claims) {
                    if (f.get() instanceof Claim.Acquired) {
                        winners++;
                    }
                }
                assertEquals(1, winners, endpoint);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
