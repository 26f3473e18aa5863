package dev.tern.model.campaign;

import java.time.Instant;

/** What the ledger knows about one (run, endpoint) pair. Reasons and message id are null when not relevant. */
public record LedgerEntry(
        String runId,
        String endpointId,
        DeliveryStatus status,
        int attempts,
        Instant leaseUntil,
        String providerMessageId,
        SkipReason skipReason,
        FailureReason failureReason) {
}
