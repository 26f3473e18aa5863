package dev.tern.model.template;

import java.util.Map;

/**
 * The content of one message template version, one record per Pinpoint template type.
 *
 * <p>Why sealed: senders, the store and the REST edge switch exhaustively over the five types, so a
 * sixth type is a compile error everywhere it matters rather than a silent default branch. The records
 * carry the members of the {@code *TemplateRequest} shapes; version metadata lives in {@link
 * TemplateVersion}. Absent members are {@code null}, as they are absent on the wire.
 */
public sealed interface MessageTemplate
    permits EmailTemplate, SmsTemplate, VoiceTemplate, PushTemplate, InAppTemplate {

  /** The template type this content belongs to. */
  TemplateType type();

  /** {@code TemplateDescription}, or null. */
  String description();

  /** {@code DefaultSubstitutions}: a JSON object serialized into a string, or null (none for in-app). */
  String defaultSubstitutions();

  /** {@code tags}; never null. */
  Map<String, String> tags();

  /** A copy of this content with other tags (used to keep creation-time tags on update). */
  MessageTemplate withTags(Map<String, String> tags);

  /** Null-safe immutable copy of a tag map. */
  static Map<String, String> copyTags(Map<String, String> tags) {
    return tags == null ? Map.of() : Map.copyOf(tags);
  }
}
