package dev.tern.model.template;

import java.util.Map;

/**
 * A PUSH template ({@code PushNotificationTemplateRequest}): a {@code Default} part for every push
 * channel and optional per-service parts ({@code APNS}, {@code GCM}, {@code ADM}, {@code Baidu}) that
 * override it.
 */
public record PushTemplate(
    DefaultPart defaultPart,
    ApnsPart apns,
    AndroidPart gcm,
    AndroidPart adm,
    AndroidPart baidu,
    String defaultSubstitutions,
    String recommenderId,
    String description,
    Map<String, String> tags)
    implements MessageTemplate {

  /** Model enum {@code Action}: what a tap on the notification does. */
  public enum Action {
    OPEN_APP,
    DEEP_LINK,
    URL
  }

  /** {@code DefaultPushNotificationTemplate}. */
  public record DefaultPart(Action action, String body, String sound, String title, String url) {}

  /** {@code APNSPushNotificationTemplate}. */
  public record ApnsPart(
      Action action,
      String body,
      String mediaUrl,
      String rawContent,
      String sound,
      String title,
      String url) {}

  /** {@code AndroidPushNotificationTemplate}, shared by GCM (FCM), ADM and Baidu. */
  public record AndroidPart(
      Action action,
      String body,
      String imageIconUrl,
      String imageUrl,
      String rawContent,
      String smallImageIconUrl,
      String sound,
      String title,
      String url) {}

  /** Normalizes a null tag map to an empty one. */
  public PushTemplate {
    tags = MessageTemplate.copyTags(tags);
  }

  /** A push template with only a default title and body. */
  public static PushTemplate of(String title, String body) {
    return new PushTemplate(
        new DefaultPart(null, body, null, title, null), null, null, null, null, null, null, null,
        Map.of());
  }

  @Override
  public TemplateType type() {
    return TemplateType.PUSH;
  }

  @Override
  public PushTemplate withTags(Map<String, String> newTags) {
    return new PushTemplate(
        defaultPart, apns, gcm, adm, baidu, defaultSubstitutions, recommenderId, description,
        newTags);
  }
}
