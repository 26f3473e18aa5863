package dev.tern.model.campaign;

/** What happened to one endpoint of a batch in this attempt. */
public sealed interface Outcome {

    /** The provider accepted the email. */
    record Sent(String providerMessageId) implements Outcome {
    }

    /** A policy skipped the endpoint. */
    record Skipped(SkipReason reason) implements Outcome {
    }

    /** A non-retryable failure, recorded for good. */
    record Failed(FailureReason reason) implements Outcome {
    }

    /** An earlier attempt already finished this endpoint; nothing was done or counted now. */
    record AlreadyRecorded(DeliveryStatus status) implements Outcome {
    }
}
