package dev.tern.campaignscheduler;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What triggers the scheduler: EventBridge's Scheduled Event ({@code detail-type: Scheduled Event}, no
 * campaign) or a CampaignNudgeQueue body ({@code {"version":1,"applicationId","campaignId"}}). The envelope's
 * other members are ignored. {@code version} is text because the Scheduled Event's is {@code "0"}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SchedulerTrigger(
    String version,
    String applicationId,
    String campaignId,
    @JsonProperty("detail-type") String detailType) {

  /** True for a schedule tick: no campaign named. */
  boolean isTick() {
    return campaignId == null && applicationId == null;
  }

  /** The nudged app; a nudge must be version 1 and name both ids. */
  String nudgedApplication() {
    checkNudge();
    return applicationId;
  }

  /** The nudged campaign. */
  String nudgedCampaign() {
    checkNudge();
    return campaignId;
  }

  private void checkNudge() {
    if (!"1".equals(version) || applicationId == null || campaignId == null) {
      throw new IllegalArgumentException("not a version-1 nudge with applicationId and campaignId: " + this);
    }
  }
}
