package dev.tern.model.campaign;

import dev.tern.model.common.Page;
import java.util.List;
import java.util.Optional;

/**
 * Port: campaigns and their versions. Writes are conditional on the version number and state, so concurrent
 * updates and scheduler ticks cannot overwrite each other; {@code InMemoryCampaignStore} is the fake.
 */
public interface CampaignStore {

    /**
     * Stores {@code campaign} as the new current version: version 1 only if the campaign does not exist,
     * version N only if the current version is N−1. True if stored.
     */
    boolean putVersion(Campaign campaign);

    /** The current (latest) version. */
    Optional<Campaign> current(String applicationId, String campaignId);

    /** One version, as GetCampaignVersion returns it. */
    Optional<Campaign> version(String applicationId, String campaignId, int version);

    /** All versions, newest first (GetCampaignVersions). */
    List<Campaign> versions(String applicationId, String campaignId);

    /**
     * One page of an application's campaigns (current versions) in a stable order, after {@code token}
     * (null = first page; a token this store did not issue is a {@code BadRequestException}).
     */
    Page<Campaign> list(String applicationId, int limit, String token);

    /** One page of a campaign's versions, newest first (GetCampaignVersions), after {@code token}. */
    Page<Campaign> versions(String applicationId, String campaignId, int limit, String token);

    /** Deletes the campaign with every version; answers the current version as it was, if it existed. */
    Optional<Campaign> delete(String applicationId, String campaignId);

    /** Current campaigns in {@code state}, for the scheduler. */
    List<Campaign> inState(CampaignState state);

    /**
     * Sets the state of the current version if it is still version {@code version} in state {@code expected}.
     * True if changed.
     */
    boolean changeState(String applicationId, String campaignId, int version, CampaignState expected,
            CampaignState next);
}
