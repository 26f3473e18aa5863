package dev.tern.model.campaign;

import dev.tern.model.common.Page;
import dev.tern.model.endpoint.EndpointStore;
import dev.tern.model.endpoint.ScannedEndpoint;
import dev.tern.model.segment.Segment;
import dev.tern.model.segment.SegmentEngine;
import dev.tern.model.segment.SegmentStore;
import dev.tern.model.segment.StoredSourceSegments;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Use case of segment-recalculation: resolve one {@link SegmentJob} — pages of one parallel-scan slice of the
 * app's endpoints, each evaluated with the {@link SegmentEngine} — into the run's {@link SendEmailCommand}s.
 * No component ever holds an app's endpoints in memory: a page at a time, at most {@code pagesPerJob} pages
 * per invocation, then the slice re-enqueues itself as a continuation.
 *
 * <p><b>Crash safety, per page, in this order</b>: publish the page's commands; count the page in the run
 * ({@link ActivityStore#addPage}, once per run + slice + page); complete the run if that made it finished; then
 * (after the last page of this invocation) publish the continuation. A crash anywhere makes the queue
 * redeliver the job: republished commands are passed over by the {@link DeliveryLedger}, a page already
 * counted is not counted again, and a duplicated continuation re-resolves pages whose counting is idempotent.
 * A page must therefore read the same on a redelivery — true of DynamoDB's scan for a given start key unless
 * endpoints are written in between; such a change can shift an endpoint across pages (counted in one, sent in
 * both or neither), which the ledger and per-outcome counting bound but do not hide [known limit].
 *
 * <p>Segment lookups follow {@code SegmentVersion} (null = the latest). A segment deleted before its run
 * resolved yields an empty audience for the run [inference: Pinpoint marks such campaigns DELETED; Tern
 * finishes the run with no endpoints instead of leaving it hanging]. Recency criteria read each endpoint's
 * {@link ScannedEndpoint#lastActive()} (latest event or EffectiveDate), scanned with the endpoint itself; base
 * segments of a group see the same activity, and one job evaluates all its pages at one {@code now}.
 */
public final class AudienceSlicer {

    private final EndpointStore endpoints;
    private final SegmentStore segments;
    private final CommandQueue commands;
    private final SegmentJobQueue jobs;
    private final ActivityStore activities;
    private final RunCompletion completion;
    private final Clock clock;
    private final int pageSize;
    private final int pagesPerJob;

    /** A slicer reading {@code pageSize} endpoints per page and at most {@code pagesPerJob} pages per job. */
    public AudienceSlicer(EndpointStore endpoints, SegmentStore segments, CommandQueue commands, SegmentJobQueue jobs,
            ActivityStore activities, RunCompletion completion, Clock clock, int pageSize, int pagesPerJob) {
        if (pageSize < 1 || pagesPerJob < 1) {
            throw new IllegalArgumentException("pageSize and pagesPerJob must be positive");
        }
        this.endpoints = endpoints;
        this.segments = segments;
        this.commands = commands;
        this.jobs = jobs;
        this.activities = activities;
        this.completion = completion;
        this.clock = clock;
        this.pageSize = pageSize;
        this.pagesPerJob = pagesPerJob;
    }

    /** What one job did: endpoints matched per page resolved, and whether the slice goes on in a continuation. */
    public record Result(List<Integer> matchedPerPage, boolean continued) {
    }

    /** Resolves the job's pages; throws (for a redelivery) if a store or queue fails. */
    public Result handle(SegmentJob job) {
        if (job.version() != SegmentJob.CURRENT_VERSION) {
            throw new UnsupportedCommandVersionException("SegmentJob", job.version(), SegmentJob.CURRENT_VERSION);
        }
        Optional<Segment> segment = job.segmentVersion() == null
                ? segments.find(job.applicationId(), job.segmentId())
                : segments.findVersion(job.applicationId(), job.segmentId(), job.segmentVersion());
        Instant now = clock.instant();
        Map<String, Instant> lastActive = new HashMap<>(); // of the page being evaluated, by endpoint id
        SegmentEngine engine = new SegmentEngine(
                new StoredSourceSegments(segments, job.applicationId(), e -> lastActive.get(e.id()), now));
        List<Integer> matched = new ArrayList<>();
        int page = job.page();
        String token = job.pageToken();
        while (true) {
            if (matched.size() == pagesPerJob) {
                jobs.publish(List.of(job.continuation(page, token)));
                return new Result(matched, true);
            }
            Page<ScannedEndpoint> p = segment.isEmpty() ? new Page<>(List.of(), null)
                    : endpoints.scan(job.applicationId(), job.slice(), job.totalSlices(), token, pageSize);
            lastActive.clear();
            p.items().forEach(s -> lastActive.put(s.endpoint().id(), s.lastActive()));
            List<String> ids = new ArrayList<>();
            for (ScannedEndpoint s : p.items()) {
                if (engine.matches(segment.get().definition(), s.endpoint(), s.lastActive(), now)) {
                    ids.add(s.endpoint().id());
                }
            }
            List<List<String>> batches = SendEmailCommand.batches(ids);
            List<SendEmailCommand> pageCommands = new ArrayList<>();
            for (int i = 0; i < batches.size(); i++) {
                pageCommands.add(job.command(i, batches.get(i)));
            }
            if (!pageCommands.isEmpty()) {
                commands.publish(pageCommands);
            }
            boolean last = p.nextToken() == null;
            CampaignActivity after = activities.addPage(job.runId(), job.pageKey(page), ids.size(), last);
            completion.completeIfDone(after, clock.instant());
            matched.add(ids.size());
            if (last) {
                return new Result(matched, false);
            }
            token = p.nextToken();
            page++;
        }
    }
}
