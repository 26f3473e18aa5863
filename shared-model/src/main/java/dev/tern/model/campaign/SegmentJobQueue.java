package dev.tern.model.campaign;

import java.util.List;

/** Port: publishes audience slice jobs (SQS {@code SendMessageBatch} on SegmentJobsQueue in the adapter). */
public interface SegmentJobQueue {

    /** Publishes every job; throws if any could not be published (the caller's attempt is then retried). */
    void publish(List<SegmentJob> jobs);
}
