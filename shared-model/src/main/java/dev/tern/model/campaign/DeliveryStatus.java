package dev.tern.model.campaign;

/**
 * Where one (run, endpoint) pair stands in the {@link DeliveryLedger}.
 *
 * <pre>
 *   (absent) ──claim──▶ CLAIMED ──recordSent──▶ SENT            (final)
 *                        │  ├──recordSkipped──▶ SKIPPED         (final)
 *                        │  ├──recordFailed(retryable=false)──▶ FAILED (final)
 *                        │  └──recordFailed(retryable=true)───▶ RELEASED ──claim──▶ CLAIMED
 *                        └──lease expired (worker died)──claim──▶ CLAIMED (taken over)
 * </pre>
 */
public enum DeliveryStatus {
    /** A worker holds the pair until its lease ends; nobody else may send. */
    CLAIMED,
    /** A retryable failure gave the pair back; the next claim takes it. */
    RELEASED,
    /** The provider accepted the message. */
    SENT,
    /** A policy decided not to send. */
    SKIPPED,
    /** A non-retryable failure; never attempted again. */
    FAILED;

    /** True for SENT, SKIPPED and FAILED: no claim can take the pair any more. */
    public boolean isFinal() {
        return this == SENT || this == SKIPPED || this == FAILED;
    }
}
