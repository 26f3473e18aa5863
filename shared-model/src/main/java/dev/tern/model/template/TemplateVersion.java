package dev.tern.model.template;

import java.time.Instant;
import java.util.Objects;

/**
 * One stored version of a template: its content plus the metadata of the {@code *TemplateResponse}
 * and {@code TemplateVersionResponse} shapes.
 *
 * <p>{@code version} is a string because Pinpoint sends template versions as strings holding an
 * auto-incremented integer ("1", "2", …), unlike campaign and segment versions (pinpoint-api.md §4.7,
 * §6 item 4). The dates are those of this version (the model's {@code TemplateVersionResponse}
 * describes them per version).
 */
public record TemplateVersion(
    String name,
    String version,
    Instant creationDate,
    Instant lastModifiedDate,
    MessageTemplate template) {

  /** Rejects missing identity fields. */
  public TemplateVersion {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(creationDate, "creationDate");
    Objects.requireNonNull(lastModifiedDate, "lastModifiedDate");
    Objects.requireNonNull(template, "template");
  }

  /** {@code TemplateType}, taken from the content. */
  public TemplateType type() {
    return template.type();
  }

  /** The version as a number, for ordering. */
  public long number() {
    return Long.parseLong(version);
  }
}
