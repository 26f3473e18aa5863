package dev.tern.model.template;

import java.util.Locale;
import java.util.Optional;

/**
 * The channel a message template is designed for (model enum {@code TemplateType}).
 *
 * <p>Why a parser that ignores case: the per-type CRUD paths use lower-case segments ({@code /email}),
 * while {@code ListTemplates}' {@code template-type} and the {@code {template-type}} path parameter of
 * {@code ListTemplateVersions} / {@code UpdateTemplateActiveVersion} are documented upper-case; Tern
 * accepts either (pinpoint-api.md §4.7, recommendation).
 */
public enum TemplateType {
  EMAIL,
  SMS,
  VOICE,
  PUSH,
  INAPP;

  /** Parses a type name in any case ({@code "email"}, {@code "EMAIL"}); empty when unknown. */
  public static Optional<TemplateType> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }

  /** The lower-case path segment of the per-type CRUD operations, e.g. {@code email}. */
  public String pathSegment() {
    return name().toLowerCase(Locale.ROOT);
  }
}
