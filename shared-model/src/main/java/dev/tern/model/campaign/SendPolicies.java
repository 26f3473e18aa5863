package dev.tern.model.campaign;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The rules that decide, per recipient of a run, whether to send: each a small named function returning a
 * {@link Decision} with a reason (style.md: rules are named policies).
 *
 * <p>Readings: opted out = {@code OptOut: ALL} (the only opt-out value; NONE or absent means subscribed,
 * pinpoint-api.md §4.2, §4.8: "opted-out endpoints → OPT_OUT"); INACTIVE endpoints are not sent to (an
 * endpoint goes INACTIVE when another endpoint takes its address, §4.2 — that is Pinpoint's own
 * de-duplication, upstream of sending); {@code MaximumDuration} is "the maximum amount of time, in seconds,
 * that a campaign can attempt to deliver a message after the scheduled start time" (model doc).
 *
 * <p>Address de-duplication within a run: Pinpoint's direct sends answer {@code DeliveryStatus: DUPLICATE}
 * ("the endpoint address is a duplicate of another endpoint address; Amazon Pinpoint won't attempt to send
 * the message again", model doc) and campaign runs count {@code DUPLICATE_ENDPOINT}. Tern: the first endpoint
 * of the run to claim an address owns it ({@link DeliveryLedger#claimAddress}); every other endpoint with that
 * address is skipped. Addresses are compared trimmed and lower-cased [inference: Pinpoint's normalisation is
 * undocumented; mailbox local parts are case-insensitive in practice].
 */
public final class SendPolicies {

    /** The campaign channel these policies serve today. */
    public static final String EMAIL = "EMAIL";

    private SendPolicies() {
    }

    /** Skip endpoints that opted out of everything ({@code OptOut: ALL}). */
    public static Decision notOptedOut(Recipient r) {
        return "ALL".equals(r.optOut()) ? new Decision.Skip(SkipReason.OPTED_OUT) : Decision.SEND;
    }

    /** Skip INACTIVE endpoints; absent status counts as ACTIVE (Pinpoint sets ACTIVE on every write). */
    public static Decision active(Recipient r) {
        return "INACTIVE".equals(r.endpointStatus()) ? new Decision.Skip(SkipReason.INACTIVE) : Decision.SEND;
    }

    /** Skip endpoints whose channel is absent or not {@code channel}. */
    public static Decision onChannel(Recipient r, String channel) {
        if (r.channelType() == null || r.channelType().isBlank()) {
            return new Decision.Skip(SkipReason.MISSING_CHANNEL);
        }
        return channel.equals(r.channelType()) ? Decision.SEND : new Decision.Skip(SkipReason.CHANNEL_MISMATCH);
    }

    /** Skip endpoints without an address. */
    public static Decision hasAddress(Recipient r) {
        return r.address() == null || r.address().isBlank()
                ? new Decision.Skip(SkipReason.MISSING_ADDRESS) : Decision.SEND;
    }

    /** Skip sends later than {@code maximumDurationSeconds} after the scheduled start (null = no limit). */
    public static Decision withinMaximumDuration(Instant scheduledStart, Integer maximumDurationSeconds,
            Instant now) {
        if (maximumDurationSeconds == null) {
            return Decision.SEND;
        }
        Instant deadline = scheduledStart.plus(Duration.ofSeconds(maximumDurationSeconds));
        return now.isAfter(deadline) ? new Decision.Skip(SkipReason.MAXIMUM_DURATION_EXCEEDED) : Decision.SEND;
    }

    /** Skip a recipient whose address is owned in this run by another endpoint. */
    public static Decision ownsAddress(Recipient r, String ownerEndpointId) {
        return r.endpointId().equals(ownerEndpointId) ? Decision.SEND
                : new Decision.Skip(SkipReason.DUPLICATE_ADDRESS);
    }

    /** The comparison key of an address for de-duplication: trimmed, lower-cased. */
    public static String addressKey(String address) {
        return address.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * All per-recipient policies of an email run except de-duplication (which needs the ledger), in order:
     * channel, address, opt-out, status, maximum duration; the first skip wins.
     */
    public static Decision forEmail(Recipient r, Instant scheduledStart, Integer maximumDurationSeconds,
            Instant now) {
        Decision[] checks = {
            onChannel(r, EMAIL), hasAddress(r), notOptedOut(r), active(r),
            withinMaximumDuration(scheduledStart, maximumDurationSeconds, now)
        };
        for (Decision d : checks) {
            if (!d.allowsSend()) {
                return d;
            }
        }
        return Decision.SEND;
    }
}
