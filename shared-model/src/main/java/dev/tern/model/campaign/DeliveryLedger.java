package dev.tern.model.campaign;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Port: the per-run record of who was sent what, keyed by business identity (run id, endpoint id) — not by
 * the SQS message id, because one endpoint can reach the sender in several messages (redelivery, duplicate
 * publication) and each must lead to at most one send (style.md §9).
 *
 * <p>Every method is one conditional write (a DynamoDB adapter: {@code PutItem}/{@code UpdateItem} with a
 * {@code ConditionExpression}); {@code InMemoryDeliveryLedger} is the fake. The {@code record*} methods
 * answer whether they changed the entry, so a caller counts an outcome exactly once.
 */
public interface DeliveryLedger {

    /**
     * Takes the pair for sending. Succeeds if the pair is new, RELEASED, or CLAIMED with a lease that ended
     * before {@code now} (the holder died); the new lease runs until {@code now + lease}. Otherwise answers
     * AlreadyClaimed with the current status.
     */
    Claim claim(String runId, String endpointId, Instant now, Duration lease);

    /** Makes {@code endpointId} the owner of {@code addressKey} in the run unless another owns it; returns the owner. */
    String claimAddress(String runId, String addressKey, String endpointId);

    /** CLAIMED → SENT with the provider's message id; false if the pair was not CLAIMED. */
    boolean recordSent(String runId, String endpointId, String providerMessageId);

    /** CLAIMED → SKIPPED with the reason; false if the pair was not CLAIMED. */
    boolean recordSkipped(String runId, String endpointId, SkipReason reason);

    /** CLAIMED → FAILED (final) or, if {@code retryable}, → RELEASED for the next claim; false if not CLAIMED. */
    boolean recordFailed(String runId, String endpointId, FailureReason reason, boolean retryable);

    /** The pair's entry, if it was ever claimed. */
    Optional<LedgerEntry> find(String runId, String endpointId);
}
