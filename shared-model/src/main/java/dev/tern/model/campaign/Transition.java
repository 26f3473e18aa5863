package dev.tern.model.campaign;

/** The answer of {@link CampaignTransitions#apply}: the next state, or a refusal saying why. */
public sealed interface Transition {

    /** The event is allowed and leads to {@code to}. */
    record Moved(CampaignState from, CampaignState to) implements Transition {
    }

    /** The event is not allowed in state {@code from}. */
    record Refused(CampaignState from, CampaignEvent event, String reason) implements Transition {
    }
}
