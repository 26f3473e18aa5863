package dev.tern.model.campaign;

/**
 * Why a recipient of a run was not sent to. An enum so "why was this not sent" has a fixed vocabulary that
 * can be stored in the ledger and counted per run. {@link #executionMetric()} is the key under which the run's
 * {@code ActivityResponse.ExecutionMetrics} reports it: Pinpoint's names where one exists (pinpoint-api.md
 * §4.10), Tern's own otherwise (marked).
 */
public enum SkipReason {
    /** {@code OptOut: ALL}. Pinpoint reports ENDPOINT_OPT_OUT (and DeliveryStatus OPT_OUT for direct sends). */
    OPTED_OUT("ENDPOINT_OPT_OUT"),
    /** {@code EndpointStatus: INACTIVE}. */
    INACTIVE("ENDPOINT_INACTIVE"),
    /** No address to send to. */
    MISSING_ADDRESS("ENDPOINT_MISSING_ADDRESS"),
    /** No channel type on the endpoint. */
    MISSING_CHANNEL("ENDPOINT_MISSING_CHANNEL"),
    /** The endpoint is on another channel than the campaign's. */
    CHANNEL_MISMATCH("ENDPOINT_CHANNEL_MISMATCH"),
    /** Another endpoint of the same run already owns this address [inference: Pinpoint's DUPLICATE_ENDPOINT]. */
    DUPLICATE_ADDRESS("DUPLICATE_ENDPOINT"),
    /** The endpoint was deleted between the audience listing and the send (Tern's own metric). */
    ENDPOINT_NOT_FOUND("ENDPOINT_NOT_FOUND"),
    /** Later than the campaign's {@code Limits.MaximumDuration} after the scheduled start (Tern's own metric). */
    MAXIMUM_DURATION_EXCEEDED("MAXIMUM_DURATION_EXCEEDED");

    private final String executionMetric;

    SkipReason(String executionMetric) {
        this.executionMetric = executionMetric;
    }

    /** The {@code ExecutionMetrics} key this reason is counted under. */
    public String executionMetric() {
        return executionMetric;
    }
}
