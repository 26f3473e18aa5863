package dev.tern.api.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.tern.model.campaign.CampaignLimits;
import dev.tern.model.common.BadRequestException;
import dev.tern.model.campaign.MessageHeader;
import dev.tern.model.campaign.WriteCampaignInput;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import dev.tern.wire.PinpointJson;

/**
 * Body of CreateCampaign and UpdateCampaign (model shape {@code WriteCampaignRequest}). Members Tern does not
 * execute yet (other channels, hooks, treatments, quiet time, event filters) are read as raw JSON only to
 * know they are present, so the validator refuses them by name instead of dropping them.
 */
@PinpointJson
public record WriteCampaignRequest(
    List<JsonNode> additionalTreatments,
    JsonNode customDeliveryConfiguration,
    String description,
    Integer holdoutPercent,
    JsonNode hook,
    Boolean isPaused,
    CampaignLimits limits,
    MessageConfiguration messageConfiguration,
    String name,
    CampaignSchedule schedule,
    String segmentId,
    Integer segmentVersion,
    @JsonProperty("tags") Map<String, String> tags,
    TemplateConfiguration templateConfiguration,
    String treatmentDescription,
    String treatmentName) {

  /** Model shape {@code Schedule}; also used in answers, where the raw members stay null. */
  @PinpointJson
  public record CampaignSchedule(
      String startTime, String endTime, String frequency, Boolean isLocalTime, String timezone,
      JsonNode quietTime, JsonNode eventFilter) {}

  /** Model shape {@code MessageConfiguration}: EmailMessage typed, the other channels only detected. */
  @PinpointJson
  public record MessageConfiguration(
      CampaignEmailMessage emailMessage,
      @JsonProperty("ADMMessage") JsonNode admMessage,
      @JsonProperty("APNSMessage") JsonNode apnsMessage,
      @JsonProperty("BaiduMessage") JsonNode baiduMessage,
      @JsonProperty("CustomMessage") JsonNode customMessage,
      @JsonProperty("DefaultMessage") JsonNode defaultMessage,
      @JsonProperty("GCMMessage") JsonNode gcmMessage,
      @JsonProperty("SMSMessage") JsonNode smsMessage,
      @JsonProperty("InAppMessage") JsonNode inAppMessage) {

    /** Only an email message (for answers). */
    public static MessageConfiguration email(CampaignEmailMessage email) {
      return new MessageConfiguration(email, null, null, null, null, null, null, null, null);
    }

    Set<String> others() {
      Set<String> present = new LinkedHashSet<>();
      add(present, "ADMMessage", admMessage);
      add(present, "APNSMessage", apnsMessage);
      add(present, "BaiduMessage", baiduMessage);
      add(present, "CustomMessage", customMessage);
      add(present, "DefaultMessage", defaultMessage);
      add(present, "GCMMessage", gcmMessage);
      add(present, "SMSMessage", smsMessage);
      add(present, "InAppMessage", inAppMessage);
      return present;
    }
  }

  /** Model shape {@code CampaignEmailMessage}. */
  @PinpointJson
  public record CampaignEmailMessage(
      String body, String fromAddress, List<MessageHeader> headers, String htmlBody, String title) {}

  /** Model shape {@code TemplateConfiguration}: EmailTemplate typed, the others only detected. */
  @PinpointJson
  public record TemplateConfiguration(
      Template emailTemplate,
      JsonNode pushTemplate,
      @JsonProperty("SMSTemplate") JsonNode smsTemplate,
      JsonNode voiceTemplate,
      JsonNode inAppTemplate) {

    /** Only an email template (for answers). */
    public static TemplateConfiguration email(Template template) {
      return new TemplateConfiguration(template, null, null, null, null);
    }

    Set<String> others() {
      Set<String> present = new LinkedHashSet<>();
      add(present, "PushTemplate", pushTemplate);
      add(present, "SMSTemplate", smsTemplate);
      add(present, "VoiceTemplate", voiceTemplate);
      add(present, "InAppTemplate", inAppTemplate);
      return present;
    }
  }

  /** Model shape {@code Template {Name, Version}}. */
  @PinpointJson
  public record Template(String name, String version) {}

  /**
   * The domain's unchecked input. JSON nulls inside {@code tags} or {@code Headers} are refused here: they
   * are wrong types on the wire (the model has string values and header objects), not absent members.
   */
  public WriteCampaignInput toInput() {
    if (tags != null && tags.entrySet().stream().anyMatch(e -> e.getKey() == null || e.getValue() == null)) {
      throw new BadRequestException("Invalid value for tags: expected string values");
    }
    CampaignEmailMessage email0 = messageConfiguration == null ? null : messageConfiguration.emailMessage();
    if (email0 != null && email0.headers() != null && email0.headers().contains(null)) {
      throw new BadRequestException("Invalid value for MessageConfiguration.EmailMessage.Headers: expected objects");
    }
    WriteCampaignInput.ScheduleInput s = schedule == null ? null : new WriteCampaignInput.ScheduleInput(
        schedule.startTime(), schedule.endTime(), schedule.frequency(), schedule.isLocalTime(), schedule.timezone(),
        present(schedule.quietTime()), present(schedule.eventFilter()));
    CampaignEmailMessage m = messageConfiguration == null ? null : messageConfiguration.emailMessage();
    WriteCampaignInput.EmailMessageInput email = m == null ? null : new WriteCampaignInput.EmailMessageInput(
        m.title(), m.htmlBody(), m.body(), m.fromAddress(), m.headers());
    Template t = templateConfiguration == null ? null : templateConfiguration.emailTemplate();
    return new WriteCampaignInput(name, description, segmentId, segmentVersion, s, limits, email,
        t == null ? null : new WriteCampaignInput.TemplateInput(t.name(), t.version()),
        messageConfiguration == null ? Set.of() : messageConfiguration.others(),
        templateConfiguration == null ? Set.of() : templateConfiguration.others(),
        isPaused, holdoutPercent, additionalTreatments == null ? 0 : additionalTreatments.size(),
        present(hook), present(customDeliveryConfiguration), treatmentName, treatmentDescription, tags);
  }

  private static boolean present(JsonNode node) {
    return node != null && !node.isNull();
  }

  private static void add(Set<String> present, String member, JsonNode node) {
    if (present(node)) {
      present.add(member);
    }
  }
}
