package dev.tern.model.campaign;

/**
 * Why a send attempt failed. Non-retryable reasons are recorded and the record acknowledged; retryable ones
 * travel in a {@link RetryableSendException} so the queue redelivers (style.md §8).
 */
public enum FailureReason {
    /** The provider refused the recipient address (malformed, hard-bounced domain). */
    INVALID_ADDRESS(false),
    /** The provider's suppression list holds the address (earlier bounce or complaint). */
    ADDRESS_SUPPRESSED(false),
    /** The provider refused the message itself (content, size, headers). */
    MESSAGE_REJECTED(false),
    /** The From address or identity is not verified with the provider. */
    SENDER_NOT_VERIFIED(false),
    /** The campaign's template (or version) does not exist. */
    TEMPLATE_NOT_FOUND(false),
    /** The template could not be rendered for this recipient. */
    RENDERING_FAILED(false),
    /** The provider throttled the call. */
    THROTTLED(true),
    /** The provider (or a store the send depends on) failed transiently: 5xx, timeout. */
    PROVIDER_UNAVAILABLE(true),
    /** Another attempt holds the claim and its lease has not ended (see {@link CampaignSender}). */
    CLAIM_HELD(true);

    private final boolean retryable;

    FailureReason(boolean retryable) {
        this.retryable = retryable;
    }

    /** True if a later attempt may succeed. */
    public boolean retryable() {
        return retryable;
    }
}
