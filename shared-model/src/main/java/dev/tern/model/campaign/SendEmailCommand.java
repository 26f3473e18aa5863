package dev.tern.model.campaign;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Queue message: "send this run's email to these endpoints". One SQS record = one command = one batch.
 *
 * <p>{@code version} is the payload's schema version (style.md §3): a consumer refuses versions it does not
 * know instead of misreading them. Endpoint ids, not endpoint data, travel: the sender reloads each endpoint
 * so an opt-out that arrives between launch and send is honoured. The batch is bounded twice — at most
 * {@link #MAX_ENDPOINTS} ids (the same 50 Pinpoint uses per CampaignHook invocation, §5.2, which keeps one
 * record's sends well inside a Lambda timeout) and at most {@link #MAX_ENDPOINT_BYTES} of ids, a conservative
 * share of SQS's 262,144-byte message limit that holds even if every character needed a 6-byte JSON escape.
 */
public record SendEmailCommand(
        int version,
        String applicationId,
        String campaignId,
        int campaignVersion,
        String runId,
        String treatmentId,
        Instant scheduledStart,
        Integer maximumDurationSeconds,
        MessageRef message,
        String fromAddress,
        String configurationSet,
        int batchIndex,
        List<String> endpointIds) {

    /** The schema version this code writes and reads. */
    public static final int CURRENT_VERSION = 1;
    /** At most this many endpoints per command. */
    public static final int MAX_ENDPOINTS = 50;
    /** SQS's maximum message size in bytes. */
    public static final int SQS_MAX_BYTES = 262_144;
    /** Budget for the endpoint ids (worst-case JSON-escaped), leaving the rest for the other fields. */
    public static final int MAX_ENDPOINT_BYTES = 200_000;

    public SendEmailCommand {
        if (applicationId == null || campaignId == null || runId == null || treatmentId == null
                || scheduledStart == null || message == null || fromAddress == null) {
            throw new IllegalArgumentException("application, campaign, run, treatment, start, message and from "
                    + "are required");
        }
        endpointIds = List.copyOf(endpointIds);
        if (endpointIds.isEmpty() || endpointIds.size() > MAX_ENDPOINTS) {
            throw new IllegalArgumentException("1–" + MAX_ENDPOINTS + " endpoints per command, got "
                    + endpointIds.size());
        }
        if (worstCaseBytes(endpointIds) > MAX_ENDPOINT_BYTES) {
            throw new IllegalArgumentException("endpoint ids exceed " + MAX_ENDPOINT_BYTES + " bytes");
        }
    }

    /** Splits ids into batches that each fit one command, keeping their order. */
    public static List<List<String>> batches(List<String> endpointIds) {
        List<List<String>> out = new ArrayList<>();
        List<String> current = new ArrayList<>();
        long bytes = 0;
        for (String id : endpointIds) {
            long size = worstCaseBytes(id);
            if (size > MAX_ENDPOINT_BYTES) {
                throw new IllegalArgumentException("endpoint id too long for any command: " + id.length() + " chars");
            }
            if (current.size() == MAX_ENDPOINTS || bytes + size > MAX_ENDPOINT_BYTES) {
                out.add(List.copyOf(current));
                current.clear();
                bytes = 0;
            }
            current.add(id);
            bytes += size;
        }
        if (!current.isEmpty()) {
            out.add(List.copyOf(current));
        }
        return out;
    }

    private static long worstCaseBytes(List<String> ids) {
        return ids.stream().mapToLong(SendEmailCommand::worstCaseBytes).sum();
    }

    /** UTF-8 bytes if every character were escaped as {@code \\uXXXX} (6 bytes), plus quotes and comma. */
    private static long worstCaseBytes(String id) {
        return Math.max(id.getBytes(StandardCharsets.UTF_8).length, 6L * id.length()) + 3;
    }
}
