package dev.tern.model.campaign;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: run bookkeeping. Every write is conditional or an atomic increment (DynamoDB {@code UpdateItem} with
 * {@code ADD} and {@code ReturnValues=ALL_NEW}); {@code InMemoryActivityStore} is the fake.
 */
public interface ActivityStore {

    /** Creates the activity unless one with its run id exists; true if this call created it. */
    boolean create(CampaignActivity activity);

    /** The activity of this run. */
    Optional<CampaignActivity> find(String runId);

    /** All activities of a campaign (GetCampaignActivities), oldest scheduled start first. */
    List<CampaignActivity> forCampaign(String applicationId, String campaignId);

    /** Atomically adds one outcome to the run's counters and returns the activity after the increment. */
    CampaignActivity count(String runId, Outcome outcome);

    /**
     * Counts one resolved audience page of the run: adds {@code endpoints} to the expected count and, if
     * {@code lastOfSlice}, one to the slices done — once per {@code pageKey} (a repeated key changes nothing).
     * Returns the activity after the call either way.
     */
    CampaignActivity addPage(String runId, String pageKey, long endpoints, boolean lastOfSlice);

    /** RUNNING → COMPLETED with the result and end time; true only for the one caller that made the change. */
    boolean complete(String runId, ActivityResult result, Instant end);
}
