package dev.tern.api.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.tern.api.wire.WriteCampaignRequest.CampaignEmailMessage;
import dev.tern.api.wire.WriteCampaignRequest.CampaignSchedule;
import dev.tern.api.wire.WriteCampaignRequest.MessageConfiguration;
import dev.tern.api.wire.WriteCampaignRequest.Template;
import dev.tern.api.wire.WriteCampaignRequest.TemplateConfiguration;
import dev.tern.model.campaign.Campaign;
import dev.tern.model.campaign.CampaignDefinition;
import dev.tern.model.campaign.CampaignLimits;
import dev.tern.model.campaign.EmailContent;
import dev.tern.model.campaign.Schedule;
import dev.tern.model.campaign.StartTime;
import dev.tern.model.common.Timestamps;
import java.util.Map;
import dev.tern.wire.PinpointJson;

/**
 * Body of every single-campaign answer (model shape {@code CampaignResponse}). {@code Schedule.StartTime} is
 * echoed as written ({@code IMMEDIATE} or the UTC instant); {@code SegmentVersion} is absent when the request
 * named none (Tern resolves the segment's latest version at run time).
 */
@PinpointJson
public record CampaignResponse(
    String applicationId,
    String arn,
    String creationDate,
    String description,
    String id,
    Boolean isPaused,
    String lastModifiedDate,
    CampaignLimits limits,
    MessageConfiguration messageConfiguration,
    String name,
    CampaignSchedule schedule,
    String segmentId,
    Integer segmentVersion,
    State state,
    @JsonProperty("tags") Map<String, String> tags,
    TemplateConfiguration templateConfiguration,
    String treatmentDescription,
    String treatmentName,
    Integer version) {

  /** Model shape {@code CampaignState {CampaignStatus}}. */
  @PinpointJson
  public record State(String campaignStatus) {}

  /** The wire form of {@code c}. */
  public static CampaignResponse of(Campaign c, String arn) {
    CampaignDefinition d = c.definition();
    MessageConfiguration message = null;
    TemplateConfiguration template = null;
    if (d.email() instanceof EmailContent.Inline in) {
      message = MessageConfiguration.email(
          new CampaignEmailMessage(in.textBody(), in.fromAddress(), in.headers().isEmpty() ? null : in.headers(),
              in.htmlBody(), in.title()));
    } else if (d.email() instanceof EmailContent.Template t) {
      template = TemplateConfiguration.email(new Template(t.name(), t.version()));
      if (t.fromAddress() != null) {
        message = MessageConfiguration.email(new CampaignEmailMessage(null, t.fromAddress(), null, null, null));
      }
    }
    return new CampaignResponse(c.applicationId(), arn, Timestamps.format(c.creationDate()), d.description(),
        c.id(), d.paused(), Timestamps.format(c.lastModifiedDate()), limits(d.limits()), message, d.name(),
        schedule(d.schedule()), d.segmentId(), d.segmentVersion(), new State(c.state().name()), d.tags(), template,
        d.treatmentDescription(), d.treatmentName(), c.version());
  }

  private static CampaignLimits limits(CampaignLimits l) {
    return l == null || l.equals(CampaignLimits.none()) ? null : l;
  }

  private static CampaignSchedule schedule(Schedule s) {
    if (s instanceof Schedule.Once once) {
      String start = once.start() instanceof StartTime.At at
          ? Timestamps.format(at.instant()) : StartTime.Immediate.WIRE;
      return new CampaignSchedule(start, once.endTime() == null ? null : Timestamps.format(once.endTime()),
          s.frequency().name(), false, null, null, null);
    }
    throw new IllegalStateException("no wire form for " + s.getClass().getSimpleName());
  }
}
