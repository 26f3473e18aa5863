package dev.tern.model.campaign;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;

/**
 * Use case: handle one {@link SendEmailCommand} (one SQS record). For each endpoint, in order:
 * claim → policies → address de-duplication → compose → send → record → count.
 *
 * <p><b>Exactly one send per (run, endpoint), and why.</b> SQS delivers at least once, and the same endpoint
 * can arrive again in a redelivered record. The {@link DeliveryLedger} claim, a conditional write <em>before</em>
 * the provider call, decides who may send:
 * <ul>
 *   <li>A pair already SENT, SKIPPED or FAILED is final: the endpoint is passed over and not counted again.</li>
 *   <li>A retryable failure (throttling, provider 5xx — the provider did not take the message) releases the
 *       claim (CLAIMED → RELEASED) and is rethrown, so the record fails and SQS redelivers it; the redelivery
 *       claims the RELEASED pair and sends. Processing of the record stops at that endpoint (a throttled
 *       provider will throttle the rest too); endpoints before it stay SENT and are passed over on redelivery.</li>
 *   <li>A pair CLAIMED by a live lease belongs to another attempt — a concurrent copy of the record, or a
 *       worker that died mid-send whose record came back before the lease ended. Acknowledging would lose the
 *       endpoint in the second case, so this attempt fails the record ({@link FailureReason#CLAIM_HELD}) and
 *       the queue retries it later; by then the pair is final (passed over) or the lease is over and the
 *       claim is taken over.</li>
 * </ul>
 * The lease must outlast the function's timeout, or a slow but living worker could be taken over while it is
 * still sending; and the queue's visibility timeout should be at least the lease (AWS recommends six times the
 * function timeout for SQS event sources), so a redelivery after a crash finds the lease over.
 *
 * <p><b>The one window left.</b> If a worker dies after the provider accepted the email but before
 * {@code recordSent}, the pair stays CLAIMED, the lease runs out and the redelivery sends again. No claim
 * order closes this without an idempotency key at the provider (SES has none), so Tern chooses at-least-once
 * for that crash and exactly-once everywhere else. Unexpected exceptions (bugs) leave the claim to its lease
 * for the same reason: the provider may have accepted.
 *
 * <p>Non-retryable failures (rejected address, missing template) are recorded FAILED and the record is
 * acknowledged. Every outcome recorded for the first time is counted once in the run's activity, and the
 * worker that counts the run's last endpoint completes the run ({@link RunCompletion}).
 */
public final class CampaignSender {

    private final RecipientSource recipients;
    private final DeliveryLedger ledger;
    private final MessageComposer composer;
    private final EmailSender email;
    private final ActivityStore activities;
    private final RunCompletion completion;
    private final Clock clock;
    private final Duration lease;

    /** A sender over these ports; {@code lease} must exceed the function timeout (see class comment). */
    public CampaignSender(RecipientSource recipients, DeliveryLedger ledger, MessageComposer composer,
            EmailSender email, ActivityStore activities, RunCompletion completion, Clock clock, Duration lease) {
        this.recipients = recipients;
        this.ledger = ledger;
        this.composer = composer;
        this.email = email;
        this.activities = activities;
        this.completion = completion;
        this.clock = clock;
        this.lease = lease;
    }

    /**
     * Processes every endpoint of the command; returns what happened to each. Throws
     * {@link RetryableSendException} to have the whole record redelivered, and
     * {@link UnsupportedCommandVersionException} for a payload version it cannot read.
     */
    public BatchOutcome handle(SendEmailCommand cmd) {
        if (cmd.version() != SendEmailCommand.CURRENT_VERSION) {
            throw new UnsupportedCommandVersionException(cmd.version());
        }
        Map<String, Recipient> loaded = recipients.load(cmd.applicationId(), cmd.endpointIds());
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        for (String endpointId : new LinkedHashSet<>(cmd.endpointIds())) {
            outcomes.put(endpointId, deliver(cmd, endpointId, loaded.get(endpointId)));
        }
        return new BatchOutcome(outcomes);
    }

    private Outcome deliver(SendEmailCommand cmd, String endpointId, Recipient recipient) {
        Instant now = clock.instant();
        Claim claim = ledger.claim(cmd.runId(), endpointId, now, lease);
        if (claim instanceof Claim.AlreadyClaimed held) {
            if (held.status() == DeliveryStatus.CLAIMED) {
                throw new RetryableSendException(FailureReason.CLAIM_HELD,
                        "run " + cmd.runId() + " endpoint " + endpointId + " is being sent by another attempt");
            }
            return new Outcome.AlreadyRecorded(held.status());
        }
        if (recipient == null) {
            return skip(cmd, endpointId, SkipReason.ENDPOINT_NOT_FOUND);
        }
        Decision decision = SendPolicies.forEmail(recipient, cmd.scheduledStart(), cmd.maximumDurationSeconds(), now);
        if (decision instanceof Decision.Skip s) {
            return skip(cmd, endpointId, s.reason());
        }
        String owner = ledger.claimAddress(cmd.runId(), SendPolicies.addressKey(recipient.address()), endpointId);
        if (SendPolicies.ownsAddress(recipient, owner) instanceof Decision.Skip s) {
            return skip(cmd, endpointId, s.reason());
        }
        try {
            return send(cmd, recipient);
        } catch (RetryableSendException e) {
            ledger.recordFailed(cmd.runId(), endpointId, e.reason(), true);
            throw e;
        }
    }

    private Outcome send(SendEmailCommand cmd, Recipient r) {
        Composition composition = composer.compose(cmd.applicationId(), cmd.message(), r);
        if (composition instanceof Composition.NotComposable failed) {
            return fail(cmd, r.endpointId(), failed.reason());
        }
        Composition.Composed c = (Composition.Composed) composition;
        SendResult result = email.send(r.address(), cmd.fromAddress(), c.subject(), c.html(), c.text(),
                cmd.configurationSet(), c.headers());
        if (result instanceof SendResult.Rejected rejected) {
            return fail(cmd, r.endpointId(), rejected.reason());
        }
        Outcome sent = new Outcome.Sent(((SendResult.Accepted) result).providerMessageId());
        if (ledger.recordSent(cmd.runId(), r.endpointId(), ((Outcome.Sent) sent).providerMessageId())) {
            count(cmd, sent);
        }
        return sent;
    }

    private Outcome skip(SendEmailCommand cmd, String endpointId, SkipReason reason) {
        Outcome skipped = new Outcome.Skipped(reason);
        if (ledger.recordSkipped(cmd.runId(), endpointId, reason)) {
            count(cmd, skipped);
        }
        return skipped;
    }

    private Outcome fail(SendEmailCommand cmd, String endpointId, FailureReason reason) {
        Outcome failed = new Outcome.Failed(reason);
        if (ledger.recordFailed(cmd.runId(), endpointId, reason, false)) {
            count(cmd, failed);
        }
        return failed;
    }

    private void count(SendEmailCommand cmd, Outcome outcome) {
        completion.completeIfDone(activities.count(cmd.runId(), outcome), clock.instant());
    }
}
