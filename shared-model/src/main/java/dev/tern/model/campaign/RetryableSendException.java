package dev.tern.model.campaign;

/**
 * A failure that a later attempt may not have: throttling, provider 5xx, timeouts, a claim still held by
 * another attempt. Thrown (not returned) so it leaves the use case and fails the queue record, which SQS then
 * redelivers; the DLQ takes it after {@code maxReceiveCount} (style.md §8).
 */
public class RetryableSendException extends RuntimeException {

    private final FailureReason reason;

    /** A retryable failure with its reason and a detail for logs. */
    public RetryableSendException(FailureReason reason, String detail) {
        super(reason + ": " + detail);
        if (!reason.retryable()) {
            throw new IllegalArgumentException(reason + " is not a retryable reason");
        }
        this.reason = reason;
    }

    /** Why the attempt failed. */
    public FailureReason reason() {
        return reason;
    }
}
