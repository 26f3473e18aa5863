package dev.tern.model.campaign;

import java.time.Instant;

/**
 * Creating and updating campaigns as versions. Pinpoint: {@code Version} is bumped by every UpdateCampaign
 * and old versions stay readable through GetCampaignVersion(s) (pinpoint-api.md §4.5); a new campaign starts
 * at version 1 [inference: the first version number is not documented]. Pure: the store persists the result
 * with a condition on the version number, so two concurrent updates cannot both become version N+1.
 */
public final class CampaignVersions {

    private CampaignVersions() {
    }

    /** The first version of a new campaign: PAUSED if the request says IsPaused, else SCHEDULED. */
    public static Campaign create(String applicationId, String campaignId, CampaignDefinition definition,
            Instant now) {
        CampaignState state = definition.paused() ? CampaignState.PAUSED : CampaignState.SCHEDULED;
        return new Campaign(applicationId, campaignId, 1, definition, state, now, now);
    }

    /** The next version after {@code current} with the new definition, or why the update is refused. */
    public static Update update(Campaign current, CampaignDefinition definition, Instant now) {
        CampaignEvent event = definition.paused() ? CampaignEvent.UPDATED_PAUSED : CampaignEvent.UPDATED;
        Transition t = CampaignTransitions.apply(current.state(), event);
        if (t instanceof Transition.Moved moved) {
            return new Update.Written(new Campaign(current.applicationId(), current.id(),
                    current.version() + 1, definition, moved.to(), current.creationDate(), now));
        }
        return new Update.Refused(((Transition.Refused) t).reason());
    }

    /** The outcome of an update. */
    public sealed interface Update {
        /** The new version to store. */
        record Written(Campaign next) implements Update {
        }

        /** The update is not allowed in the current state. */
        record Refused(String reason) implements Update {
        }
    }
}
