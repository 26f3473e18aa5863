package dev.tern.model.campaign;

/** What the email provider answered for one message (retryable failures are thrown instead). */
public sealed interface SendResult {

    /** Accepted for delivery; {@code providerMessageId} is e.g. SES's MessageId. */
    record Accepted(String providerMessageId) implements SendResult {
    }

    /** Refused for good: never retried. */
    record Rejected(FailureReason reason, String detail) implements SendResult {
        public Rejected {
            if (reason.retryable()) {
                throw new IllegalArgumentException(reason + " is retryable: throw RetryableSendException");
            }
        }
    }
}
