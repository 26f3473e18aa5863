package dev.tern.model.template;

import java.util.Map;

/** An SMS template ({@code SMSTemplateRequest} / {@code SMSTemplateResponse}). */
public record SmsTemplate(
    String body,
    String defaultSubstitutions,
    String recommenderId,
    String description,
    Map<String, String> tags)
    implements MessageTemplate {

  /** Normalizes a null tag map to an empty one. */
  public SmsTemplate {
    tags = MessageTemplate.copyTags(tags);
  }

  /** An SMS template with only a body. */
  public static SmsTemplate of(String body) {
    return new SmsTemplate(body, null, null, null, Map.of());
  }

  /** A copy with other {@code DefaultSubstitutions}. */
  public SmsTemplate withDefaultSubstitutions(String json) {
    return new SmsTemplate(body, json, recommenderId, description, tags);
  }

  @Override
  public TemplateType type() {
    return TemplateType.SMS;
  }

  @Override
  public SmsTemplate withTags(Map<String, String> newTags) {
    return new SmsTemplate(body, defaultSubstitutions, recommenderId, description, newTags);
  }
}
