package dev.tern.model.template;

/**
 * Published template limits (pinpoint-api.md §5.2, "Templates" and "Tags" rows; sources DG-2023 and
 * the model), in characters.
 */
public final class TemplateLimits {
  /** Template name length (model doc of {@code template-name}). */
  public static final int NAME = 128;
  /** Versions kept per template. */
  public static final int VERSIONS = 5_000;
  /** Email template content (Subject + HtmlPart + TextPart); older guides said 500,000. */
  public static final int EMAIL = 600_000;
  /** In-app template content. */
  public static final int IN_APP = 200_000;
  /** Cards ({@code Content} items) per in-app template. */
  public static final int IN_APP_CARDS = 5;
  /** Push {@code Default}, {@code APNS}, {@code GCM} and {@code Baidu} parts, each. */
  public static final int PUSH_PART = 4_000;
  /** Push {@code ADM} part. */
  public static final int PUSH_ADM = 6_000;
  /** SMS body. */
  public static final int SMS = 1_600;
  /** Voice script. */
  public static final int VOICE = 10_000;
  /** Email headers per template, header name and header value length. */
  public static final int HEADERS = 15;

  public static final int HEADER_NAME = 126;
  public static final int HEADER_VALUE = 870;
  /** Tags per resource, tag key and tag value length. */
  public static final int TAGS = 50;

  public static final int TAG_KEY = 128;
  public static final int TAG_VALUE = 256;

  private TemplateLimits() {}
}
