package dev.tern.model.template;

import dev.tern.model.common.BadRequestException;
import dev.tern.model.common.NotFoundException;
import dev.tern.model.common.Page;
import dev.tern.model.common.PageSize;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Use cases of the message-template operations over a {@link TemplateStore}: parses the wire's query
 * parameters, runs {@link TemplateValidator} before every write, and turns the store's {@link
 * StoreResult}s into values or {@code TernException}s (404 for {@code NotFound}, 400 for
 * {@code Rejected}) so the REST edge only converts shapes.
 */
public final class TemplateService {

  private final TemplateStore store;
  private final String region;
  private final String account;

  /** Templates in {@code store}; ARNs name {@code region} and {@code account}. */
  public TemplateService(TemplateStore store, String region, String account) {
    this.store = store;
    this.region = region;
    this.account = account;
  }

  /** The template's ARN: {@code arn:aws:mobiletargeting:<region>:<account>:templates/<name>/<TYPE>}. */
  public String arn(String name, TemplateType type) {
    return "arn:aws:mobiletargeting:" + region + ":" + account + ":templates/" + name + "/" + type.name();
  }

  /** Create*Template: version 1 of a new template. */
  public TemplateVersion create(String name, MessageTemplate template) {
    reject(TemplateValidator.validate(name, template));
    return version(store.create(name, template));
  }

  /** Update*Template with the raw {@code create-new-version} and {@code version} query parameters. */
  public TemplateVersion update(String name, MessageTemplate template, String createNewVersion, String version) {
    reject(TemplateValidator.validate(name, template));
    return version(store.update(name, template, parseBoolean(createNewVersion), emptyToNull(version)));
  }

  /** Get*Template: the given version, or the active one. */
  public TemplateVersion get(String name, TemplateType type, String version) {
    existing(name, type);
    return version(store.get(name, type, emptyToNull(version)));
  }

  /** Delete*Template: one version, or the whole template. */
  public void delete(String name, TemplateType type, String version) {
    existing(name, type);
    check(store.delete(name, type, emptyToNull(version)));
  }

  /** ListTemplates: the active version of each matching template, one page. */
  public Page<TemplateVersion> list(String prefix, String templateType, String pageSize, String nextToken) {
    TemplateType type = templateType == null || templateType.isEmpty() ? null : type(templateType, "template-type");
    if (prefix != null && prefix.length() > TemplateLimits.NAME) {
      // No name is that long, so nothing matches; the store is not asked with an oversized key.
      PageSize.parse(pageSize);
      return new Page<>(java.util.List.of(), null);
    }
    return page(store.list(emptyToNull(prefix), type, PageSize.parse(pageSize), emptyToNull(nextToken)));
  }

  /** ListTemplateVersions: the versions of one template, newest first, one page. */
  public Page<TemplateVersion> versions(String name, String templateType, String pageSize, String nextToken) {
    existing(name, type(templateType, "template-type"));
    return page(store.listVersions(name, type(templateType, "template-type"), PageSize.parse(pageSize),
        emptyToNull(nextToken)));
  }

  /** UpdateTemplateActiveVersion: {@code version} is a version id or {@code latest}. */
  public void setActiveVersion(String name, String templateType, String version) {
    existing(name, type(templateType, "template-type"));
    check(store.setActiveVersion(name, type(templateType, "template-type"), emptyToNull(version)));
  }

  /** A template type from a path segment or query value, any case; 400 if unknown. */
  public static TemplateType type(String text, String field) {
    return TemplateType.parse(text).orElseThrow(() -> new BadRequestException(
        field + ": unknown template type '" + text + "'; expected one of EMAIL, SMS, VOICE, PUSH, INAPP"));
  }

  /**
   * A name that breaks the naming rule cannot belong to a stored template (create checks it), so reads
   * of it answer 404 without asking the store, whose keys it might not even fit (a 10 KB path segment).
   */
  private static void existing(String name, TemplateType type) {
    if (!TemplateValidator.validateName(name).isEmpty()) {
      throw new NotFoundException("Template not found: " + name + " (" + type + ")");
    }
  }

  private static boolean parseBoolean(String raw) {
    if (raw == null || raw.isEmpty()) {
      return false;
    }
    return switch (raw.toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new BadRequestException("create-new-version must be true or false, got '" + raw + "'");
    };
  }

  private static TemplateVersion version(StoreResult result) {
    check(result);
    if (result instanceof StoreResult.Ok ok) {
      return ok.version();
    }
    throw new IllegalStateException("expected one version, got " + result);
  }

  private static Page<TemplateVersion> page(StoreResult result) {
    check(result);
    if (result instanceof StoreResult.Listed listed) {
      return new Page<>(listed.items(), listed.nextToken());
    }
    throw new IllegalStateException("expected a listing, got " + result);
  }

  /** Throws for the failure results; passes the others. */
  private static void check(StoreResult result) {
    if (result instanceof StoreResult.NotFound notFound) {
      throw new NotFoundException(notFound.message());
    }
    if (result instanceof StoreResult.Rejected rejected) {
      throw new BadRequestException(rejected.field() + ": " + rejected.message());
    }
  }

  private static void reject(List<Violation> violations) {
    if (!violations.isEmpty()) {
      throw new BadRequestException(violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
    }
  }

  private static String emptyToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
