package dev.tern.model.template;

import java.util.Map;
import java.util.Optional;

/**
 * Port for message templates and their versions, with Pinpoint's version semantics
 * (pinpoint-api.md §4.7 "Versioning"; model docs of the {@code version} and {@code
 * create-new-version} query parameters).
 *
 * <p>A template is identified by name and type: the per-type paths ({@code /v1/templates/{name}/email},
 * {@code …/sms}) and ARNs ({@code templates/{name}/EMAIL}) both carry the type. Optional wire
 * parameters are passed as null when absent, as they arrive. Content is validated by {@link
 * TemplateValidator} before it reaches the store.
 */
public interface TemplateStore {

  /** Create*Template: stores version "1" of a new template and makes it the active version. */
  StoreResult create(String name, MessageTemplate template);

  /**
   * Update*Template: overwrites the latest version, or adds a new version when {@code
   * createNewVersion}; a non-null {@code version} must equal the latest version.
   */
  StoreResult update(String name, MessageTemplate template, boolean createNewVersion, String version);

  /** Get*Template: the given version, or the active version when {@code version} is null. */
  StoreResult get(String name, TemplateType type, String version);

  /** The latest (highest-numbered) version, which is not necessarily the active one. */
  StoreResult latest(String name, TemplateType type);

  /**
   * ListTemplates: the active version of each template whose name starts with {@code prefix} (null:
   * all) and of {@code type} (null: all types), ordered by name then type.
   */
  StoreResult list(String prefix, TemplateType type, int pageSize, String nextToken);

  /** ListTemplateVersions: every version of one template, newest first. */
  StoreResult listVersions(String name, TemplateType type, int pageSize, String nextToken);

  /** UpdateTemplateActiveVersion: {@code version} is a version id or {@code "latest"}. */
  StoreResult setActiveVersion(String name, TemplateType type, String version);

  /** Delete*Template: one version, or the whole template with every version when null. */
  StoreResult delete(String name, TemplateType type, String version);

  /**
   * The template's tags, if it exists. Tags belong to the template, not to a version: every read of any
   * version answers the template's current tags.
   */
  default Optional<Map<String, String>> findTags(String name, TemplateType type) {
    return get(name, type, null) instanceof StoreResult.Ok ok ? Optional.of(ok.version().template().tags())
        : Optional.empty();
  }

  /**
   * TagResource/UntagResource: replaces the template's tags with {@code next} in one conditional write,
   * only if it exists and its tags are still {@code expected}; false, with nothing written, otherwise.
   */
  boolean replaceTags(String name, TemplateType type, Map<String, String> expected, Map<String, String> next);
}
