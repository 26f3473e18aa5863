package dev.tern.model.template;

import java.util.List;
import java.util.Map;

/**
 * An INAPP template ({@code InAppTemplateRequest}): a layout and up to five content cards.
 *
 * <p>Why no {@code DefaultSubstitutions}: in-app templates do not support message variables
 * (pinpoint-api.md §4.7), so the model gives them neither defaults nor a recommender, and {@link
 * MessageRenderer} renders nothing in them.
 */
public record InAppTemplate(
    Layout layout,
    List<Content> content,
    Map<String, String> customConfig,
    String description,
    Map<String, String> tags)
    implements MessageTemplate {

  /** Model enum {@code Layout}. */
  public enum Layout {
    BOTTOM_BANNER,
    TOP_BANNER,
    OVERLAYS,
    MOBILE_FEED,
    MIDDLE_BANNER,
    CAROUSEL
  }

  /** Model enum {@code Alignment}. */
  public enum Alignment {
    LEFT,
    CENTER,
    RIGHT
  }

  /** Model enum {@code ButtonAction}. */
  public enum ButtonAction {
    LINK,
    DEEP_LINK,
    CLOSE
  }

  /** {@code InAppMessageContent}: one card (modal) of the message. */
  public record Content(
      String backgroundColor,
      Text body,
      Text header,
      String imageUrl,
      Button primaryBtn,
      Button secondaryBtn) {}

  /**
   * {@code InAppMessageBodyConfig} ({@code Body}) or {@code InAppMessageHeaderConfig} ({@code
   * Header}): the two shapes differ only in the name of the text member.
   */
  public record Text(Alignment alignment, String text, String textColor) {}

  /** {@code InAppMessageButton}: a default look and per-platform overrides. */
  public record Button(
      DefaultButton defaultConfig, OverrideButton android, OverrideButton ios, OverrideButton web) {}

  /** {@code DefaultButtonConfiguration}. */
  public record DefaultButton(
      String backgroundColor,
      Integer borderRadius,
      ButtonAction buttonAction,
      String link,
      String text,
      String textColor) {}

  /** {@code OverrideButtonConfiguration}. */
  public record OverrideButton(ButtonAction buttonAction, String link) {}

  /** Normalizes null collections to empty ones. */
  public InAppTemplate {
    content = content == null ? List.of() : List.copyOf(content);
    customConfig = customConfig == null ? Map.of() : Map.copyOf(customConfig);
    tags = MessageTemplate.copyTags(tags);
  }

  @Override
  public TemplateType type() {
    return TemplateType.INAPP;
  }

  /** Always null: in-app templates carry no default substitutions. */
  @Override
  public String defaultSubstitutions() {
    return null;
  }

  @Override
  public InAppTemplate withTags(Map<String, String> newTags) {
    return new InAppTemplate(layout, content, customConfig, description, newTags);
  }
}
