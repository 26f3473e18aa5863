package dev.tern.model.campaign;

import java.time.Instant;
import java.util.List;

/**
 * Queue message (SegmentJobsQueue): "resolve one parallel-scan slice of this run's audience, from this page
 * on". The launcher publishes one job per slice ({@code slice} of {@code totalSlices}, page 0, no token); a
 * slice too long for one invocation re-enqueues itself as a continuation ({@code page}, {@code pageToken}).
 * Carries what the run's {@link SendEmailCommand}s need, so the slicer reads no campaign.
 *
 * <p>Idempotency by business identity: each page is recorded once per run under {@link #pageKey} (run id +
 * slice + page), so a redelivered or duplicated job neither double counts nor loses endpoints.
 */
public record SegmentJob(
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
        String segmentId,
        Integer segmentVersion,
        int slice,
        int totalSlices,
        int page,
        String pageToken) {

    /** The schema version this code writes and reads. */
    public static final int CURRENT_VERSION = 1;

    public SegmentJob {
        if (applicationId == null || campaignId == null || runId == null || treatmentId == null
                || scheduledStart == null || message == null || fromAddress == null || segmentId == null) {
            throw new IllegalArgumentException("application, campaign, run, treatment, start, message, from and "
                    + "segment are required");
        }
        if (totalSlices < 1 || slice < 0 || slice >= totalSlices || page < 0) {
            throw new IllegalArgumentException("slice " + slice + " of " + totalSlices + ", page " + page);
        }
    }

    /** The first job of each of {@code totalSlices} slices of {@code run}. */
    public static List<SegmentJob> firstPages(Campaign campaign, CampaignRun run, String from, String configurationSet,
            MessageRef message, int totalSlices) {
        CampaignDefinition d = campaign.definition();
        return java.util.stream.IntStream.range(0, totalSlices).mapToObj(slice -> new SegmentJob(CURRENT_VERSION,
                campaign.applicationId(), campaign.id(), campaign.version(), run.runId(), run.treatmentId(),
                run.scheduledStart(), d.limits().maximumDuration(), message, from, configurationSet, d.segmentId(),
                d.segmentVersion(), slice, totalSlices, 0, null)).toList();
    }

    /** The job that carries on this slice at {@code nextPage} from {@code token}. */
    public SegmentJob continuation(int nextPage, String token) {
        return new SegmentJob(version, applicationId, campaignId, campaignVersion, runId, treatmentId, scheduledStart,
                maximumDurationSeconds, message, fromAddress, configurationSet, segmentId, segmentVersion, slice,
                totalSlices, nextPage, token);
    }

    /** The run-unique key of page {@code page} of this slice: {@code <slice>/<page>}. */
    public String pageKey(int page) {
        return slice + "/" + page;
    }

    /** The send command for {@code endpointIds} (one batch) found on a page of this slice. */
    public SendEmailCommand command(int batchIndex, List<String> endpointIds) {
        return new SendEmailCommand(SendEmailCommand.CURRENT_VERSION, applicationId, campaignId, campaignVersion,
                runId, treatmentId, scheduledStart, maximumDurationSeconds, message, fromAddress, configurationSet,
                batchIndex, endpointIds);
    }
}
