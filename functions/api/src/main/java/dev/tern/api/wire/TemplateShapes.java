package dev.tern.api.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.tern.model.common.BadRequestException;
import dev.tern.model.common.Page;
import dev.tern.model.common.Timestamps;
import dev.tern.model.template.EmailTemplate;
import dev.tern.model.template.InAppTemplate;
import dev.tern.model.template.PushTemplate;
import dev.tern.model.template.SmsTemplate;
import dev.tern.model.template.TemplateVersion;
import dev.tern.model.template.VoiceTemplate;
import dev.tern.wire.PinpointJson;
import java.util.List;
import java.util.Map;

/**
 * The message-template shapes of the model: per type a {@code *TemplateRequest} (converted to the
 * domain's {@code MessageTemplate}) and a {@code *TemplateResponse}; and the shapes the listings and
 * writes answer with. Versions are strings on the wire ("1", "2", …), unlike segment versions. The push
 * parts and in-app buttons are the domain records themselves (their components are the model's member
 * names; {@link ApiShapes} gives them the Pinpoint style); the in-app cards need shapes of their own
 * because the model names their text {@code BodyConfig.Body} / {@code HeaderConfig.Header}.
 */
public final class TemplateShapes {

  private TemplateShapes() {}

  /** Model shape {@code MessageHeader}. */
  @PinpointJson
  public record Header(String name, String value) {}

  /** Model shape {@code EmailTemplateRequest}. */
  @PinpointJson
  public record EmailRequest(
      String defaultSubstitutions,
      String htmlPart,
      String recommenderId,
      String subject,
      List<Header> headers,
      @JsonProperty("tags") Map<String, String> tags,
      String templateDescription,
      String textPart) {

    /** The domain content. */
    public EmailTemplate toTemplate() {
      List<EmailTemplate.Header> parts = headers == null ? List.of()
          : headers.stream().map(h -> h == null ? new EmailTemplate.Header(null, null)
              : new EmailTemplate.Header(h.name(), h.value())).toList();
      return new EmailTemplate(subject, htmlPart, textPart, parts, defaultSubstitutions, recommenderId,
          templateDescription, strings("tags", tags));
    }
  }

  /** Model shape {@code EmailTemplateResponse}. */
  @PinpointJson
  public record EmailResponse(
      String arn,
      String creationDate,
      String defaultSubstitutions,
      String htmlPart,
      String lastModifiedDate,
      String recommenderId,
      String subject,
      List<Header> headers,
      @JsonProperty("tags") Map<String, String> tags,
      String templateDescription,
      String templateName,
      String templateType,
      String textPart,
      String version) {

    /** The wire form of one email template version. */
    public static EmailResponse of(TemplateVersion v, String arn) {
      EmailTemplate t = (EmailTemplate) v.template();
      return new EmailResponse(arn, Timestamps.format(v.creationDate()), t.defaultSubstitutions(), t.htmlPart(),
          Timestamps.format(v.lastModifiedDate()), t.recommenderId(), t.subject(),
          t.headers().isEmpty() ? null : t.headers().stream().map(h -> new Header(h.name(), h.value())).toList(),
          t.tags(), t.description(), v.name(), v.type().name(), t.textPart(), v.version());
    }
  }

  /** Model shape {@code SMSTemplateRequest}. */
  @PinpointJson
  public record SmsRequest(
      String body,
      String defaultSubstitutions,
      String recommenderId,
      @JsonProperty("tags") Map<String, String> tags,
      String templateDescription) {

    /** The domain content. */
    public SmsTemplate toTemplate() {
      return new SmsTemplate(body, defaultSubstitutions, recommenderId, templateDescription, strings("tags", tags));
    }
  }

  /** Model shape {@code SMSTemplateResponse}. */
  @PinpointJson
  public record SmsResponse(
      String arn,
      String body,
      String creationDate,
      String defaultSubstitutions,
      String lastModifiedDate,
      String recommenderId,
      @JsonProperty("tags") Map<String, String> tags,
      String templateDescription,
      String templateName,
      String templateType,
      String version) {

    /** The wire form of one SMS template version. */
    public static SmsResponse of(TemplateVersion v, String arn) {
      SmsTemplate t = (SmsTemplate) v.template();
      return new SmsResponse(arn, t.body(), Timestamps.format(v.creationDate()), t.defaultSubstitutions(),
          Timestamps.format(v.lastModifiedDate()), t.recommenderId(), t.tags(), t.description(), v.name(),
          v.type().name(), v.version());
    }
  }

  /** Model shape {@code VoiceTemplateRequest}. */
  @PinpointJson
  public record VoiceRequest(
      String body,
      String defaultSubstitutions,
      String languageCode,
      @JsonProperty("tags") Map<String, String> tags,
      String templateDescription,
      String voiceId) {

    /** The domain content. */
    public VoiceTemplate toTemplate() {
      return new VoiceTemplate(body, languageCode, voiceId, defaultSubstitutions, templateDescription,
          strings("tags", tags));
    }
  }

  /** Model shape {@code VoiceTemplateResponse}. */
  @PinpointJson
  public record VoiceResponse(
      String arn,
      String body,
      String creationDate,
      String defaultSubstitutions,
      String languageCode,
      String lastModifiedDate,
      @JsonProperty("tags") Map<String, String> tags,
      String templateDescription,
      String templateName,
      String templateType,
      String version,
      String voiceId) {

    /** The wire form of one voice template version. */
    public static VoiceResponse of(TemplateVersion v, String arn) {
      VoiceTemplate t = (VoiceTemplate) v.template();
      return new VoiceResponse(arn, t.body(), Timestamps.format(v.creationDate()), t.defaultSubstitutions(),
          t.languageCode(), Timestamps.format(v.lastModifiedDate()), t.tags(), t.description(), v.name(),
          v.type().name(), v.version(), t.voiceId());
    }
  }

  /** Model shape {@code CreateTemplateMessageBody} (and {@code TemplateCreateMessageBody}, same members). */
  @PinpointJson
  public record CreateMessageBody(
      String arn, @JsonProperty("Message") String message, @JsonProperty("RequestID") String requestId) {}

  /**
   * Model shape {@code TemplateResponse}, a ListTemplates item: the summary pinpoint-api.md §4.7 describes
   * (Arn, DefaultSubstitutions, tags and TemplateDescription are not part of it).
   */
  @PinpointJson
  public record Summary(String creationDate, String lastModifiedDate, String templateName, String templateType,
      String version) {

    static Summary of(TemplateVersion v) {
      return new Summary(Timestamps.format(v.creationDate()), Timestamps.format(v.lastModifiedDate()), v.name(),
          v.type().name(), v.version());
    }
  }

  /** Model shape {@code TemplatesResponse}. */
  @PinpointJson
  public record Templates(List<Summary> item, String nextToken) {

    /** The wire form of one page. */
    public static Templates of(Page<TemplateVersion> page) {
      return new Templates(page.items().stream().map(Summary::of).toList(), page.nextToken());
    }
  }

  /** Model shape {@code TemplateVersionResponse}. */
  @PinpointJson
  public record VersionSummary(String creationDate, String defaultSubstitutions, String lastModifiedDate,
      String templateDescription, String templateName, String templateType, String version) {

    static VersionSummary of(TemplateVersion v) {
      return new VersionSummary(Timestamps.format(v.creationDate()), v.template().defaultSubstitutions(),
          Timestamps.format(v.lastModifiedDate()), v.template().description(), v.name(), v.type().name(), v.version());
    }
  }

  /** Model shape {@code TemplateVersionsResponse}: the page plus {@code Message} and {@code RequestID}. */
  @PinpointJson
  public record Versions(List<VersionSummary> item, @JsonProperty("Message") String message, String nextToken,
      @JsonProperty("RequestID") String requestId) {

    /** The wire form of one page of versions. */
    public static Versions of(Page<TemplateVersion> page, String requestId) {
      return new Versions(page.items().stream().map(VersionSummary::of).toList(), "Success", page.nextToken(), requestId);
    }
  }

  /** Model shape {@code TemplateActiveVersionRequest}. */
  @PinpointJson
  public record ActiveVersionRequest(String version) {}

  /** Model shape {@code PushNotificationTemplateRequest}. */
  @PinpointJson
  public record PushRequest(
      @JsonProperty("ADM") PushTemplate.AndroidPart adm,
      @JsonProperty("APNS") PushTemplate.ApnsPart apns,
      @JsonProperty("Baidu") PushTemplate.AndroidPart baidu,
      @JsonProperty("Default") PushTemplate.DefaultPart defaultPart,
      String defaultSubstitutions,
      @JsonProperty("GCM") PushTemplate.AndroidPart gcm,
      String recommenderId,
      @JsonProperty("tags") Map<String, String> tags,
      String templateDescription) {

    /** The domain content. */
    public PushTemplate toTemplate() {
      return new PushTemplate(defaultPart, apns, gcm, adm, baidu, defaultSubstitutions, recommenderId,
          templateDescription, strings("tags", tags));
    }
  }

  /** Model shape {@code PushNotificationTemplateResponse}. */
  @PinpointJson
  public record PushResponse(
      @JsonProperty("ADM") PushTemplate.AndroidPart adm,
      @JsonProperty("APNS") PushTemplate.ApnsPart apns,
      String arn,
      @JsonProperty("Baidu") PushTemplate.AndroidPart baidu,
      String creationDate,
      @JsonProperty("Default") PushTemplate.DefaultPart defaultPart,
      String defaultSubstitutions,
      @JsonProperty("GCM") PushTemplate.AndroidPart gcm,
      String lastModifiedDate,
      String recommenderId,
      @JsonProperty("tags") Map<String, String> tags,
      String templateDescription,
      String templateName,
      String templateType,
      String version) {

    /** The wire form of one push template version. */
    public static PushResponse of(TemplateVersion v, String arn) {
      PushTemplate t = (PushTemplate) v.template();
      return new PushResponse(t.adm(), t.apns(), arn, t.baidu(), Timestamps.format(v.creationDate()), t.defaultPart(),
          t.defaultSubstitutions(), t.gcm(), Timestamps.format(v.lastModifiedDate()), t.recommenderId(), t.tags(),
          t.description(), v.name(), v.type().name(), v.version());
    }
  }

  /** Model shape {@code InAppMessageBodyConfig}. */
  @PinpointJson
  public record BodyConfig(InAppTemplate.Alignment alignment, String body, String textColor) {}

  /** Model shape {@code InAppMessageHeaderConfig}. */
  @PinpointJson
  public record HeaderConfig(InAppTemplate.Alignment alignment, String header, String textColor) {}

  /** Model shape {@code InAppMessageButton}; {@code IOS} keeps the model's capitals. */
  @PinpointJson
  public record InAppButton(
      InAppTemplate.OverrideButton android,
      InAppTemplate.DefaultButton defaultConfig,
      @JsonProperty("IOS") InAppTemplate.OverrideButton ios,
      InAppTemplate.OverrideButton web) {

    InAppTemplate.Button toDomain() {
      return new InAppTemplate.Button(defaultConfig, android, ios, web);
    }

    static InAppButton of(InAppTemplate.Button b) {
      return b == null ? null : new InAppButton(b.android(), b.defaultConfig(), b.ios(), b.web());
    }
  }

  /** Model shape {@code InAppMessageContent}: one card. */
  @PinpointJson
  public record InAppContent(
      String backgroundColor,
      BodyConfig bodyConfig,
      HeaderConfig headerConfig,
      String imageUrl,
      InAppButton primaryBtn,
      InAppButton secondaryBtn) {

    InAppTemplate.Content toDomain() {
      return new InAppTemplate.Content(backgroundColor,
          bodyConfig == null ? null : new InAppTemplate.Text(bodyConfig.alignment(), bodyConfig.body(), bodyConfig.textColor()),
          headerConfig == null ? null
              : new InAppTemplate.Text(headerConfig.alignment(), headerConfig.header(), headerConfig.textColor()),
          imageUrl, primaryBtn == null ? null : primaryBtn.toDomain(), secondaryBtn == null ? null : secondaryBtn.toDomain());
    }

    static InAppContent of(InAppTemplate.Content c) {
      InAppTemplate.Text b = c.body();
      InAppTemplate.Text h = c.header();
      return new InAppContent(c.backgroundColor(),
          b == null ? null : new BodyConfig(b.alignment(), b.text(), b.textColor()),
          h == null ? null : new HeaderConfig(h.alignment(), h.text(), h.textColor()),
          c.imageUrl(), InAppButton.of(c.primaryBtn()), InAppButton.of(c.secondaryBtn()));
    }
  }

  /** Model shape {@code InAppTemplateRequest}. */
  @PinpointJson
  public record InAppRequest(
      List<InAppContent> content,
      Map<String, String> customConfig,
      InAppTemplate.Layout layout,
      @JsonProperty("tags") Map<String, String> tags,
      String templateDescription) {

    /** The domain content; a null card stays for the validator to name. */
    public InAppTemplate toTemplate() {
      List<InAppTemplate.Content> cards = content == null ? null
          : content.stream().map(c -> c == null ? new InAppTemplate.Content(null, null, null, null, null, null) : c.toDomain())
              .toList();
      return new InAppTemplate(layout, cards, strings("CustomConfig", customConfig), templateDescription,
          strings("tags", tags));
    }
  }

  /** Model shape {@code InAppTemplateResponse}. */
  @PinpointJson
  public record InAppResponse(
      String arn,
      List<InAppContent> content,
      String creationDate,
      Map<String, String> customConfig,
      String lastModifiedDate,
      InAppTemplate.Layout layout,
      @JsonProperty("tags") Map<String, String> tags,
      String templateDescription,
      String templateName,
      String templateType,
      String version) {

    /** The wire form of one in-app template version. */
    public static InAppResponse of(TemplateVersion v, String arn) {
      InAppTemplate t = (InAppTemplate) v.template();
      return new InAppResponse(arn, t.content().stream().map(InAppContent::of).toList(),
          Timestamps.format(v.creationDate()), t.customConfig(), Timestamps.format(v.lastModifiedDate()), t.layout(),
          t.tags(), t.description(), v.name(), v.type().name(), v.version());
    }
  }

  /**
   * A string map as sent, refusing null values ({@code {"k": null}}): the domain keeps immutable copies,
   * which hold no nulls, and a null is the client's mistake, so it is a 400 here rather than a 500 there.
   */
  static Map<String, String> strings(String member, Map<String, String> map) {
    if (map != null) {
      map.forEach((k, v) -> {
        if (v == null) {
          throw new BadRequestException(member + ": the value of '" + k + "' must be a string, not null");
        }
      });
    }
    return map;
  }
}
