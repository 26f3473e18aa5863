package dev.tern.api.wire;

import dev.tern.model.campaign.CampaignActivity;
import dev.tern.model.common.Page;
import dev.tern.model.common.Timestamps;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import dev.tern.wire.PinpointJson;

/** Body of GetCampaignActivities (model shape {@code ActivitiesResponse}); one item per run. */
@PinpointJson
public record ActivitiesResponse(List<ActivityResponse> item, String nextToken) {

  /** Model shape {@code ActivityResponse}; counts are integers, ExecutionMetrics a map of strings. */
  @PinpointJson
  public record ActivityResponse(
      String applicationId,
      String campaignId,
      String end,
      String id,
      String result,
      String scheduledStart,
      String start,
      String state,
      Long successfulEndpointCount,
      Long timezonesCompletedCount,
      Long timezonesTotalCount,
      Long totalEndpointCount,
      String treatmentId,
      Map<String, String> executionMetrics) {

    /** The wire form of one run. */
    public static ActivityResponse of(CampaignActivity a) {
      return new ActivityResponse(a.applicationId(), a.campaignId(), time(a.end()), a.runId(),
          a.result() == null ? null : a.result().name(), time(a.scheduledStart()), time(a.start()),
          a.state().name(), a.successfulEndpointCount(), null, null, a.totalEndpointCount(), a.treatmentId(),
          a.executionMetrics());
    }
  }

  /** The wire form of one page of runs. */
  public static ActivitiesResponse of(Page<CampaignActivity> page) {
    return new ActivitiesResponse(page.items().stream().map(ActivityResponse::of).toList(), page.nextToken());
  }

  private static String time(Instant instant) {
    return instant == null ? null : Timestamps.format(instant);
  }
}
