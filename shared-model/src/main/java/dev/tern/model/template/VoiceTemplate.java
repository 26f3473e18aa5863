package dev.tern.model.template;

import java.util.Map;

/**
 * A VOICE template ({@code VoiceTemplateRequest} / {@code VoiceTemplateResponse}); the model gives it
 * no {@code RecommenderId}.
 */
public record VoiceTemplate(
    String body,
    String languageCode,
    String voiceId,
    String defaultSubstitutions,
    String description,
    Map<String, String> tags)
    implements MessageTemplate {

  /** Normalizes a null tag map to an empty one. */
  public VoiceTemplate {
    tags = MessageTemplate.copyTags(tags);
  }

  /** A voice template with only a script body. */
  public static VoiceTemplate of(String body) {
    return new VoiceTemplate(body, null, null, null, null, Map.of());
  }

  @Override
  public TemplateType type() {
    return TemplateType.VOICE;
  }

  @Override
  public VoiceTemplate withTags(Map<String, String> newTags) {
    return new VoiceTemplate(body, languageCode, voiceId, defaultSubstitutions, description, newTags);
  }
}
