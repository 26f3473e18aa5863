package dev.tern.model.template;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The renderable text parts of a template, by the names {@link RenderResult.Rendered} uses.
 *
 * <p>Which parts: "You can add a variable to the message body of any type of template. For email and
 * push notification templates, you can also add a variable to the message subject or title" (user
 * guide, message-templates-personalizing.md). So email renders {@code Subject}, {@code HtmlPart},
 * {@code TextPart}; SMS and voice {@code Body}; push {@code <Part>.Title} and {@code <Part>.Body} for
 * {@code Default}, {@code APNS}, {@code GCM}, {@code ADM}, {@code Baidu}; in-app nothing, since in-app
 * templates do not support variables (pinpoint-api.md §4.7). URLs, sounds and push {@code
 * RawContent} pass through unrendered.
 */
public final class TemplateParts {

  /** Email subject line. */
  public static final String SUBJECT = "Subject";
  /** Email HTML body: the only part rendered with HTML escaping. */
  public static final String HTML_PART = "HtmlPart";
  /** Email plain-text body. */
  public static final String TEXT_PART = "TextPart";
  /** SMS body or voice script. */
  public static final String BODY = "Body";

  private TemplateParts() {}

  /** The non-null renderable parts of {@code template}, in a stable order. */
  public static Map<String, String> of(MessageTemplate template) {
    Map<String, String> parts = new LinkedHashMap<>();
    if (template instanceof EmailTemplate e) {
      put(parts, SUBJECT, e.subject());
      put(parts, HTML_PART, e.htmlPart());
      put(parts, TEXT_PART, e.textPart());
    } else if (template instanceof SmsTemplate s) {
      put(parts, BODY, s.body());
    } else if (template instanceof VoiceTemplate v) {
      put(parts, BODY, v.body());
    } else if (template instanceof PushTemplate p) {
      if (p.defaultPart() != null) {
        put(parts, "Default.Title", p.defaultPart().title());
        put(parts, "Default.Body", p.defaultPart().body());
      }
      if (p.apns() != null) {
        put(parts, "APNS.Title", p.apns().title());
        put(parts, "APNS.Body", p.apns().body());
      }
      android(parts, "GCM", p.gcm());
      android(parts, "ADM", p.adm());
      android(parts, "Baidu", p.baidu());
    }
    return parts;
  }

  /** True for the part that gets HTML escaping. */
  public static boolean isHtml(String part) {
    return HTML_PART.equals(part);
  }

  private static void android(Map<String, String> parts, String name, PushTemplate.AndroidPart a) {
    if (a != null) {
      put(parts, name + ".Title", a.title());
      put(parts, name + ".Body", a.body());
    }
  }

  private static void put(Map<String, String> parts, String name, String text) {
    if (text != null) {
      parts.put(name, text);
    }
  }
}
