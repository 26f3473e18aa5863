package dev.tern.model.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class CampaignSenderTest {

    @Test
    void sendsToEligibleEndpointsAndSaysWhyOthersWereSkipped() {
        SenderWorld w = new SenderWorld(8)
                .email("ok1", "ana@example.com")
                .email("ok2", "bo@example.com")
                .email("dup", " ANA@example.com")
                .recipient(new Recipient("optout", "EMAIL", "c@example.com", "ALL", "ACTIVE", null))
                .recipient(new Recipient("inactive", "EMAIL", "d@example.com", "NONE", "INACTIVE", null))
                .recipient(new Recipient("sms", "SMS", "+15550100", "NONE", "ACTIVE", null))
                .recipient(new Recipient("noaddr", "EMAIL", null, "NONE", "ACTIVE", null));

        BatchOutcome out = w.sender.handle(w.command("ok1", "ok2", "dup", "optout", "inactive", "sms", "noaddr",
                "deleted"));

        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("ok1", "Sent");
        expected.put("ok2", "Sent");
        expected.put("dup", SkipReason.DUPLICATE_ADDRESS);
        expected.put("optout", SkipReason.OPTED_OUT);
        expected.put("inactive", SkipReason.INACTIVE);
        expected.put("sms", SkipReason.CHANNEL_MISMATCH);
        expected.put("noaddr", SkipReason.MISSING_ADDRESS);
        expected.put("deleted", SkipReason.ENDPOINT_NOT_FOUND);
        Map<String, Object> actual = new LinkedHashMap<>();
        out.byEndpoint().forEach((id, o) -> actual.put(id,
                o instanceof Outcome.Skipped s ? s.reason() : o.getClass().getSimpleName()));
        assertEquals(expected, actual);
        assertEquals(List.of("ana@example.com", "bo@example.com"), w.email.calls);
        assertEquals(DeliveryStatus.SKIPPED, w.status("dup"));
        assertEquals(SkipReason.OPTED_OUT, w.ledger.find(w.run.runId(), "optout").orElseThrow().skipReason());
    }

    @Test
    void countsEachOutcomeAndReportsPinpointExecutionMetrics() {
        SenderWorld w = new SenderWorld(5)
                .email("ok1", "a@example.com")
                .email("bad", "b@example.com")
                .recipient(new Recipient("optout", "EMAIL", "c@example.com", "ALL", "ACTIVE", null))
                .email("dup", "A@example.com");
        w.email.then("b@example.com", () -> new SendResult.Rejected(FailureReason.INVALID_ADDRESS, "no mailbox"));

        w.sender.handle(w.command("ok1", "bad", "optout", "dup", "gone"));

        CampaignActivity a = w.activity();
        assertEquals(2, a.totalEndpointCount(), "attempted: sent + failed");
        assertEquals(1, a.successfulEndpointCount());
        assertEquals(Map.of(FailureReason.INVALID_ADDRESS, 1L), a.failed());
        assertEquals(Map.of("ENDPOINT_PRODUCED", "5", "ENDPOINT_OPT_OUT", "1", "DUPLICATE_ENDPOINT", "1",
                "ENDPOINT_NOT_FOUND", "1"), a.executionMetrics());
    }

    @Test
    void sendsOnceWhenBatchIsRedelivered() {
        SenderWorld w = new SenderWorld(3).email("e1", "1@x.org").email("e2", "2@x.org").email("e3", "3@x.org");
        SendEmailCommand cmd = w.command("e1", "e2", "e3");

        w.sender.handle(cmd);
        BatchOutcome again = w.sender.handle(cmd);

        assertEquals(3, w.email.accepted.size());
        again.byEndpoint().values().forEach(o -> assertEquals(new Outcome.AlreadyRecorded(DeliveryStatus.SENT), o));
        assertEquals(3, w.activity().successfulEndpointCount(), "redelivery is not counted again");
    }

    @Test
    void sendsOncePerEndpointWhenTheSameBatchIsProcessedConcurrently() throws Exception {
        int endpoints = 40;
        SenderWorld w = new SenderWorld(endpoints);
        String[] ids = new String[endpoints];
        for (int i = 0; i < endpoints; i++) {
            ids[i] = "e" + i;
            w.email(ids[i], i + "@x.org");
        }
        SendEmailCommand cmd = w.command(ids);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Boolean>> copies = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                Callable<Boolean> copy = () -> {
                    go.await();
                    return processUntilAcknowledged(w, cmd);
                };
                copies.add(pool.submit(copy));
            }
            go.countDown();
            for (Future<Boolean> f : copies) {
                assertTrue(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        for (String id : ids) {
            assertEquals(1, w.email.sendsTo(id.substring(1) + "@x.org"), id);
        }
        assertEquals(endpoints, w.activity().successfulEndpointCount());
    }

    /** Simulates SQS: a record that fails is delivered again until it is acknowledged (or 10 s pass). */
    private static boolean processUntilAcknowledged(SenderWorld w, SendEmailCommand cmd) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            try {
                w.sender.handle(cmd);
                return true;
            } catch (RetryableSendException e) {
                assertEquals(FailureReason.CLAIM_HELD, e.reason());
                Thread.onSpinWait();
            }
        }
        return false;
    }

    @Test
    void retryableFailureThenRedeliverySendsEachEndpointExactlyOnce() {
        SenderWorld w = new SenderWorld(3).email("e1", "1@x.org").email("e2", "2@x.org").email("e3", "3@x.org");
        w.email.then("2@x.org", () -> {
            throw new RetryableSendException(FailureReason.THROTTLED, "Maximum sending rate exceeded");
        });
        SendEmailCommand cmd = w.command("e1", "e2", "e3");

        RetryableSendException thrown = assertThrows(RetryableSendException.class, () -> w.sender.handle(cmd));
        assertEquals(FailureReason.THROTTLED, thrown.reason());
        assertEquals(DeliveryStatus.SENT, w.status("e1"));
        assertEquals(DeliveryStatus.RELEASED, w.status("e2"));
        assertTrue(w.ledger.find(w.run.runId(), "e3").isEmpty(), "processing stopped at the throttled endpoint");
        assertEquals(ActivityState.RUNNING, w.activity().state());

        w.sender.handle(cmd);

        assertEquals(List.of(1L, 1L, 1L), List.of(w.email.sendsTo("1@x.org"), w.email.sendsTo("2@x.org"),
                w.email.sendsTo("3@x.org")));
        assertEquals(2, w.ledger.find(w.run.runId(), "e2").orElseThrow().attempts());
        assertEquals(3, w.activity().successfulEndpointCount());
        assertEquals(ActivityState.COMPLETED, w.activity().state());
    }

    @Test
    void nonRetryableFailureIsRecordedAndAcknowledged() {
        SenderWorld w = new SenderWorld(1).email("e1", "bad@x.org");
        w.email.then("bad@x.org", () -> new SendResult.Rejected(FailureReason.INVALID_ADDRESS, "bad mailbox"));
        SendEmailCommand cmd = w.command("e1");

        BatchOutcome out = w.sender.handle(cmd);

        assertEquals(new Outcome.Failed(FailureReason.INVALID_ADDRESS), out.byEndpoint().get("e1"));
        assertEquals(DeliveryStatus.FAILED, w.status("e1"));
        w.sender.handle(cmd);
        assertEquals(1, w.email.calls.size(), "a permanent failure is never attempted again");
        assertEquals(1, w.activity().totalEndpointCount());
        assertEquals(0, w.activity().successfulEndpointCount());
    }

    @Test
    void missingTemplateFailsTheEndpointWithoutSending() {
        SenderWorld w = new SenderWorld(1).email("e1", "1@x.org");
        w.composer.then(() -> new Composition.NotComposable(FailureReason.TEMPLATE_NOT_FOUND, "Welcome v3"));

        BatchOutcome out = w.sender.handle(w.command("e1"));

        assertEquals(new Outcome.Failed(FailureReason.TEMPLATE_NOT_FOUND), out.byEndpoint().get("e1"));
        assertTrue(w.email.calls.isEmpty());
    }

    @Test
    void composerOutageReleasesTheClaimAndTheRedeliverySends() {
        SenderWorld w = new SenderWorld(1).email("e1", "1@x.org");
        w.composer.then(() -> {
            throw new RetryableSendException(FailureReason.PROVIDER_UNAVAILABLE, "template store timeout");
        });
        SendEmailCommand cmd = w.command("e1");

        assertThrows(RetryableSendException.class, () -> w.sender.handle(cmd));
        assertEquals(DeliveryStatus.RELEASED, w.status("e1"));
        w.sender.handle(cmd);
        assertEquals(1, w.email.sendsTo("1@x.org"));
    }

    @Test
    void aClaimHeldByALiveLeaseIsRetriedNotAcknowledgedAndTakenOverAfterTheLease() {
        SenderWorld w = new SenderWorld(1).email("e1", "1@x.org");
        // A worker claimed e1 and died before sending (no release, no record).
        w.ledger.claim(w.run.runId(), "e1", w.clock.instant(), SenderWorld.LEASE);
        SendEmailCommand cmd = w.command("e1");

        RetryableSendException held = assertThrows(RetryableSendException.class, () -> w.sender.handle(cmd));
        assertEquals(FailureReason.CLAIM_HELD, held.reason());
        assertTrue(w.email.calls.isEmpty());

        w.clock.advance(SenderWorld.LEASE.plusSeconds(1));
        w.sender.handle(cmd);
        assertEquals(1, w.email.sendsTo("1@x.org"));
        assertEquals(2, w.ledger.find(w.run.runId(), "e1").orElseThrow().attempts());
    }

    @Test
    void sameAddressInAnotherBatchOfTheRunIsSentOnce() {
        SenderWorld w = new SenderWorld(2).email("e1", "same@x.org").email("e2", "Same@X.org");

        w.sender.handle(w.command("e1"));
        BatchOutcome second = w.sender.handle(w.command("e2"));

        assertEquals(new Outcome.Skipped(SkipReason.DUPLICATE_ADDRESS), second.byEndpoint().get("e2"));
        assertEquals(1, w.email.accepted.size());
    }

    @Test
    void sendsAfterTheMaximumDurationAreSkipped() {
        SenderWorld w = new SenderWorld(1, 60).email("e1", "1@x.org");
        w.clock.advance(Duration.ofSeconds(61));

        BatchOutcome out = w.sender.handle(w.command("e1"));

        assertEquals(new Outcome.Skipped(SkipReason.MAXIMUM_DURATION_EXCEEDED), out.byEndpoint().get("e1"));
        assertTrue(w.email.calls.isEmpty());
    }

    @Test
    void theLastCountedEndpointCompletesTheRunAndTheCampaign() {
        SenderWorld w = new SenderWorld(3).email("e1", "1@x.org").email("e2", "2@x.org").email("e3", "3@x.org");

        w.sender.handle(w.command("e1", "e2"));
        assertEquals(ActivityState.RUNNING, w.activity().state());
        assertNull(w.activity().end());
        assertEquals(CampaignState.EXECUTING, w.campaignState());

        w.clock.advance(Duration.ofSeconds(5));
        w.sender.handle(w.command("e3"));
        CampaignActivity done = w.activity();
        assertEquals(ActivityState.COMPLETED, done.state());
        assertEquals(ActivityResult.SUCCESS, done.result());
        assertEquals(SenderWorld.T0.plusSeconds(5), done.end());
        assertEquals(CampaignState.COMPLETED, w.campaignState());
    }

    @Test
    void anEndpointListedTwiceInOneBatchIsHandledOnce() {
        SenderWorld w = new SenderWorld(1).email("e1", "1@x.org");

        BatchOutcome out = w.sender.handle(w.command("e1", "e1"));

        assertEquals(List.of("e1"), List.copyOf(out.byEndpoint().keySet()));
        assertEquals(1, w.email.accepted.size());
    }

    @Test
    void unknownPayloadVersionIsRefusedBeforeAnySideEffect() {
        SenderWorld w = new SenderWorld(1).email("e1", "1@x.org");
        SendEmailCommand v1 = w.command("e1");
        SendEmailCommand v2 = new SendEmailCommand(2, v1.applicationId(), v1.campaignId(), v1.campaignVersion(),
                v1.runId(), v1.treatmentId(), v1.scheduledStart(), null, v1.message(), v1.fromAddress(), null, 0,
                v1.endpointIds());

        assertThrows(UnsupportedCommandVersionException.class, () -> w.sender.handle(v2));
        assertTrue(w.ledger.find(w.run.runId(), "e1").isEmpty());
        assertFalse(w.email.calls.contains("1@x.org"));
    }
}
