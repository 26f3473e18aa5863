package dev.tern.model.campaign;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The bookkeeping of one run, shaped after {@code ActivityResponse} in GetCampaignActivities: {@code Id} is the
 * run id; TotalEndpointCount is "the total number of endpoints that the campaign attempted to deliver messages
 * to" and SuccessfulEndpointCount "… successfully delivered messages to" (model docs), so Tern counts an
 * attempt as sent-or-failed and leaves policy skips out of the total [inference]; skips are reported in
 * ExecutionMetrics under Pinpoint's filter metric names (see {@link SkipReason}), with ENDPOINT_PRODUCED = the
 * endpoints the run dispatched.
 *
 * <p>The audience is resolved in {@code slices} parallel slices ({@link SegmentJob}): each page a slice resolves
 * adds its endpoints to {@code expectedEndpoints}, and the last page of a slice adds one to {@code slicesDone}.
 * A run is finished only when every slice is done and every expected endpoint has an outcome; {@code slices} 0
 * means the audience was known whole at launch (nothing to resolve).
 *
 * <p>Counters are only ever changed by {@link ActivityStore#count}, one atomic increment per outcome that the
 * ledger recorded for the first time — never recounted from the ledger — so concurrent batches and
 * redeliveries neither lose nor double counts.
 */
public record CampaignActivity(
        String applicationId,
        String campaignId,
        int campaignVersion,
        String runId,
        String treatmentId,
        Instant scheduledStart,
        Instant start,
        Instant end,
        ActivityState state,
        ActivityResult result,
        long expectedEndpoints,
        long totalEndpointCount,
        long successfulEndpointCount,
        Map<SkipReason, Long> skipped,
        Map<FailureReason, Long> failed,
        int slices,
        int slicesDone) {

    public CampaignActivity {
        skipped = skipped.isEmpty() ? Map.of() : Map.copyOf(skipped);
        failed = failed.isEmpty() ? Map.of() : Map.copyOf(failed);
    }

    /** A RUNNING activity for {@code run} that dispatched {@code expectedEndpoints} endpoints, started now. */
    public static CampaignActivity started(CampaignRun run, long expectedEndpoints, Instant now) {
        return new CampaignActivity(run.applicationId(), run.campaignId(), run.campaignVersion(), run.runId(),
                run.treatmentId(), run.scheduledStart(), now, null, ActivityState.RUNNING, null, expectedEndpoints,
                0, 0, Map.of(), Map.of(), 0, 0);
    }

    /** A RUNNING activity for {@code run} whose audience is being resolved in {@code slices} slices. */
    public static CampaignActivity resolving(CampaignRun run, int slices, Instant now) {
        return new CampaignActivity(run.applicationId(), run.campaignId(), run.campaignVersion(), run.runId(),
                run.treatmentId(), run.scheduledStart(), now, null, ActivityState.RUNNING, null, 0, 0, 0, Map.of(),
                Map.of(), slices, 0);
    }

    /** Endpoints with a final outcome so far (attempted + skipped). */
    public long processed() {
        return totalEndpointCount + skipped.values().stream().mapToLong(Long::longValue).sum();
    }

    /** True when every slice is resolved and every dispatched endpoint has a final outcome. */
    public boolean allProcessed() {
        return slicesDone >= slices && processed() >= expectedEndpoints;
    }

    /** This activity with one resolved page of {@code endpoints} counted (and its slice done if {@code last}). */
    public CampaignActivity plusPage(long endpoints, boolean last) {
        return new CampaignActivity(applicationId, campaignId, campaignVersion, runId, treatmentId, scheduledStart,
                start, end, state, result, expectedEndpoints + endpoints, totalEndpointCount, successfulEndpointCount,
                skipped, failed, slices, slicesDone + (last ? 1 : 0));
    }

    /** This activity with one more outcome counted. */
    public CampaignActivity plus(Outcome outcome) {
        long total = totalEndpointCount;
        long ok = successfulEndpointCount;
        Map<SkipReason, Long> s = new EnumMap<>(SkipReason.class);
        s.putAll(skipped);
        Map<FailureReason, Long> f = new EnumMap<>(FailureReason.class);
        f.putAll(failed);
        if (outcome instanceof Outcome.Sent) {
            total++;
            ok++;
        } else if (outcome instanceof Outcome.Failed failure) {
            total++;
            f.merge(failure.reason(), 1L, Long::sum);
        } else if (outcome instanceof Outcome.Skipped skip) {
            s.merge(skip.reason(), 1L, Long::sum);
        } else {
            throw new IllegalArgumentException("not a countable outcome: " + outcome);
        }
        return new CampaignActivity(applicationId, campaignId, campaignVersion, runId, treatmentId, scheduledStart,
                start, end, state, result, expectedEndpoints, total, ok, s, f, slices, slicesDone);
    }

    /** This activity finished with {@code result} at {@code at}. */
    public CampaignActivity completed(ActivityResult result, Instant at) {
        return new CampaignActivity(applicationId, campaignId, campaignVersion, runId, treatmentId, scheduledStart,
                start, at, ActivityState.COMPLETED, result, expectedEndpoints, totalEndpointCount,
                successfulEndpointCount, skipped, failed, slices, slicesDone);
    }

    /** {@code ExecutionMetrics} as the API reports it: metric name → count as a string (model: map of strings). */
    public Map<String, String> executionMetrics() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("ENDPOINT_PRODUCED", Long.toString(expectedEndpoints));
        for (SkipReason r : SkipReason.values()) {
            Long n = skipped.get(r);
            if (n != null) {
                m.put(r.executionMetric(), Long.toString(n));
            }
        }
        return m;
    }
}
