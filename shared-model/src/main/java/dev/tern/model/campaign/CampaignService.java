package dev.tern.model.campaign;

import dev.tern.model.app.AppService;
import dev.tern.model.common.BadRequestException;
import dev.tern.model.common.ConflictException;
import dev.tern.model.common.Ids;
import dev.tern.model.common.NotFoundException;
import dev.tern.model.common.Page;
import dev.tern.model.segment.SegmentStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Use cases of Pinpoint's eight campaign operations (pinpoint-api.md §2 "Campaigns", §4.5): validate with
 * {@link CampaignValidator}, version with {@link CampaignVersions}, persist through {@link CampaignStore}
 * (conditional on the version number), and nudge the scheduler so an IMMEDIATE campaign starts at once.
 *
 * <p>Readings: the application must exist (404 otherwise, like every app-scoped operation); {@code tags} are
 * ignored by UpdateCampaign ("tags … ignored on update since 2023-05-22", §4.5), so an update keeps the
 * version-1 tags; an update that loses the race against another update is a 409 {@code ConflictException}
 * [inference: Pinpoint models no conflict for campaigns; the SDKs map the type service-wide]; the
 * {@code SegmentId} (and {@code SegmentVersion}, when pinned) must name a segment of the application, else a
 * 400 naming it: a campaign whose audience does not exist could never run [inference: Pinpoint refuses it
 * too; its error text is not documented].
 */
public final class CampaignService {

    private final AppService apps;
    private final CampaignStore campaigns;
    private final SegmentStore segments;
    private final ActivityStore activities;
    private final CampaignNudges nudges;
    private final CampaignValidator validator;
    private final Clock clock;
    private final Supplier<String> ids;
    private final String region;
    private final String account;

    /** The campaign use cases; {@code region}/{@code account} go into campaign ARNs. */
    public CampaignService(AppService apps, CampaignStore campaigns, SegmentStore segments, ActivityStore activities,
            CampaignNudges nudges, Clock clock, Supplier<String> ids, String region, String account) {
        this.apps = apps;
        this.campaigns = campaigns;
        this.segments = segments;
        this.activities = activities;
        this.nudges = nudges;
        this.validator = new CampaignValidator(clock);
        this.clock = clock;
        this.ids = ids;
        this.region = region;
        this.account = account;
    }

    /** CreateCampaign: validates, stores version 1 and nudges the scheduler. */
    public Campaign create(String applicationId, WriteCampaignInput input) {
        apps.get(applicationId);
        Instant now = clock.instant();
        Campaign first = CampaignVersions.create(applicationId, ids.get(), definition(applicationId, input), now);
        if (!campaigns.putVersion(first)) {
            throw new ConflictException("Campaign " + first.id() + " already exists");
        }
        nudge(first);
        return first;
    }

    /** GetCampaign: the current version. */
    public Campaign get(String applicationId, String campaignId) {
        apps.get(applicationId);
        return current(applicationId, campaignId);
    }

    /** GetCampaigns: one page of the application's campaigns. */
    public Page<Campaign> list(String applicationId, int pageSize, String token) {
        apps.get(applicationId);
        return campaigns.list(applicationId, pageSize, emptyToNull(token));
    }

    /** UpdateCampaign: a new version, if the current state allows an update. */
    public Campaign update(String applicationId, String campaignId, WriteCampaignInput input) {
        apps.get(applicationId);
        Campaign current = current(applicationId, campaignId);
        CampaignDefinition d = definition(applicationId, input);
        CampaignDefinition keepTags = new CampaignDefinition(d.name(), d.description(), d.segmentId(),
                d.segmentVersion(), d.schedule(), d.email(), d.limits(), d.paused(), d.treatmentName(),
                d.treatmentDescription(), current.definition().tags());
        CampaignVersions.Update update = CampaignVersions.update(current, keepTags, clock.instant());
        if (update instanceof CampaignVersions.Update.Refused refused) {
            throw new BadRequestException("Campaign " + campaignId + " cannot be updated: " + refused.reason());
        }
        Campaign next = ((CampaignVersions.Update.Written) update).next();
        if (!campaigns.putVersion(next)) {
            throw new ConflictException("Campaign " + campaignId + " was changed concurrently; retry the update");
        }
        nudge(next);
        return next;
    }

    /** DeleteCampaign: removes every version and answers the campaign as it was. */
    public Campaign delete(String applicationId, String campaignId) {
        apps.get(applicationId);
        if (!Ids.isWellFormed(campaignId)) {
            throw notFound(campaignId);
        }
        return campaigns.delete(applicationId, campaignId).orElseThrow(() -> notFound(campaignId));
    }

    /** GetCampaignVersion: one version; a version that is not a positive number does not exist. */
    public Campaign version(String applicationId, String campaignId, String version) {
        apps.get(applicationId);
        current(applicationId, campaignId);
        int number;
        try {
            number = Integer.parseInt(version);
        } catch (NumberFormatException e) {
            throw new NotFoundException("Campaign " + campaignId + " has no version " + version);
        }
        return campaigns.version(applicationId, campaignId, number)
                .orElseThrow(() -> new NotFoundException("Campaign " + campaignId + " has no version " + version));
    }

    /** GetCampaignVersions: one page of versions, newest first. */
    public Page<Campaign> versions(String applicationId, String campaignId, int pageSize, String token) {
        apps.get(applicationId);
        current(applicationId, campaignId);
        return campaigns.versions(applicationId, campaignId, pageSize, emptyToNull(token));
    }

    /**
     * GetCampaignActivities: one page of the campaign's runs, oldest first. The token is an offset: a ONCE
     * campaign has one run, so the list is read whole and cut here.
     */
    public Page<CampaignActivity> activities(String applicationId, String campaignId, int pageSize, String token) {
        apps.get(applicationId);
        current(applicationId, campaignId);
        List<CampaignActivity> all = activities.forCampaign(applicationId, campaignId);
        int from = offset(emptyToNull(token), all.size());
        int to = Math.min(all.size(), from + pageSize);
        return new Page<>(all.subList(from, to), to < all.size() ? Integer.toString(to) : null);
    }

    /** The campaign's ARN: {@code arn:aws:mobiletargeting:{region}:{account}:apps/{app}/campaigns/{id}}. */
    public String arn(Campaign campaign) {
        return "arn:aws:mobiletargeting:" + region + ":" + account + ":apps/" + campaign.applicationId()
                + "/campaigns/" + campaign.id();
    }

    private CampaignDefinition definition(String applicationId, WriteCampaignInput input) {
        if (input == null) {
            throw new BadRequestException("A WriteCampaignRequest body is required");
        }
        Validation v = validator.validate(input);
        if (v instanceof Validation.Invalid invalid) {
            throw new BadRequestException(invalid.errors().stream()
                    .map(e -> e.field() + ": " + e.message())
                    .collect(Collectors.joining("; ")));
        }
        CampaignDefinition d = ((Validation.Valid) v).definition();
        boolean exists = Ids.isWellFormed(d.segmentId()) && (d.segmentVersion() == null
                ? segments.find(applicationId, d.segmentId()).isPresent()
                : segments.findVersion(applicationId, d.segmentId(), d.segmentVersion()).isPresent());
        if (!exists) {
            throw new BadRequestException("SegmentId: segment " + d.segmentId()
                    + (d.segmentVersion() == null ? "" : " version " + d.segmentVersion()) + " not found in this application");
        }
        return d;
    }

    private void nudge(Campaign campaign) {
        if (campaign.state() != CampaignState.SCHEDULED) {
            return;
        }
        try {
            nudges.nudge(campaign.applicationId(), campaign.id());
        } catch (RuntimeException e) {
            // Deliberately swallowed: the write succeeded and the scheduler's periodic tick launches the
            // campaign anyway; failing the API call would make the client retry and create a second campaign.
        }
    }

    private Campaign current(String applicationId, String campaignId) {
        if (!Ids.isWellFormed(campaignId)) {
            throw notFound(campaignId);
        }
        return campaigns.current(applicationId, campaignId).orElseThrow(() -> notFound(campaignId));
    }

    private static NotFoundException notFound(String campaignId) {
        return new NotFoundException("Campaign " + campaignId + " not found");
    }

    private static String emptyToNull(String token) {
        return token == null || token.isEmpty() ? null : token;
    }

    private static int offset(String token, int size) {
        if (token == null) {
            return 0;
        }
        try {
            int n = Integer.parseInt(token);
            if (n >= 0 && n <= size) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadRequestException("Invalid token");
    }
}
