package dev.tern.model.template;

import java.util.List;
import java.util.Map;

/**
 * An EMAIL template ({@code EmailTemplateRequest} / {@code EmailTemplateResponse}).
 *
 * <p>{@code HtmlPart} is rendered with HTML escaping and {@code Subject} / {@code TextPart} without
 * (see {@link MessageRenderer}).
 */
public record EmailTemplate(
    String subject,
    String htmlPart,
    String textPart,
    List<Header> headers,
    String defaultSubstitutions,
    String recommenderId,
    String description,
    Map<String, String> tags)
    implements MessageTemplate {

  /** One {@code MessageHeader} of the email (at most 15 per template). */
  public record Header(String name, String value) {}

  /** Normalizes null collections to empty ones. */
  public EmailTemplate {
    headers = headers == null ? List.of() : List.copyOf(headers);
    tags = MessageTemplate.copyTags(tags);
  }

  /** An email template with only the three content parts set. */
  public static EmailTemplate of(String subject, String htmlPart, String textPart) {
    return new EmailTemplate(subject, htmlPart, textPart, List.of(), null, null, null, Map.of());
  }

  /** A copy with other {@code DefaultSubstitutions}. */
  public EmailTemplate withDefaultSubstitutions(String json) {
    return new EmailTemplate(
        subject, htmlPart, textPart, headers, json, recommenderId, description, tags);
  }

  @Override
  public TemplateType type() {
    return TemplateType.EMAIL;
  }

  @Override
  public EmailTemplate withTags(Map<String, String> newTags) {
    return new EmailTemplate(
        subject, htmlPart, textPart, headers, defaultSubstitutions, recommenderId, description,
        newTags);
  }
}
