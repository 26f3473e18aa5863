package dev.tern.model.tag;

import dev.tern.model.common.BadRequestException;
import dev.tern.model.common.Ids;
import dev.tern.model.template.TemplateType;
import dev.tern.model.template.TemplateValidator;
import java.util.Optional;

/**
 * A taggable Tern resource named by its ARN (pinpoint-api.md §1 item 11):
 * {@code arn:aws:mobiletargeting:{region}:{account}:apps/{appId}}, {@code …/campaigns/{id}},
 * {@code …/segments/{id}}, {@code …/journeys/{id}}, and {@code …:templates/{name}/{TYPE}}.
 *
 * <p>Two failure modes, told apart because clients act on them differently: text that is not such an
 * ARN (wrong shape, another service, an unknown resource type such as {@code recommenders/…}, a region
 * or account this deployment does not serve) is a 400 {@link BadRequestException}; a well-shaped ARN
 * whose id cannot exist (ids Tern issues are 32 hex characters, template names follow the model's
 * pattern) parses, and the lookup then answers 404 like any unknown resource.
 */
public sealed interface ResourceArn {

  /** The application the resource belongs to; null for the account-wide templates. */
  String applicationId();

  /**
   * Whether the ids (or the template name) have a shape Tern issues: others cannot exist, so a lookup
   * answers 404 without sending odd keys to the database.
   */
  boolean canExist();

  /** Words naming the resource in messages, e.g. {@code campaign c of application a}. */
  String describe();

  /** An application (project). */
  record App(String applicationId) implements ResourceArn {
    @Override
    public boolean canExist() {
      return Ids.isWellFormed(applicationId);
    }

    @Override
    public String describe() {
      return "application " + applicationId;
    }
  }

  /** A campaign of an application. */
  record Campaign(String applicationId, String campaignId) implements ResourceArn {
    @Override
    public boolean canExist() {
      return Ids.isWellFormed(applicationId) && Ids.isWellFormed(campaignId);
    }

    @Override
    public String describe() {
      return "campaign " + campaignId + " of application " + applicationId;
    }
  }

  /** A segment of an application. */
  record Segment(String applicationId, String segmentId) implements ResourceArn {
    @Override
    public boolean canExist() {
      return Ids.isWellFormed(applicationId) && Ids.isWellFormed(segmentId);
    }

    @Override
    public String describe() {
      return "segment " + segmentId + " of application " + applicationId;
    }
  }

  /** A journey of an application. */
  record Journey(String applicationId, String journeyId) implements ResourceArn {
    @Override
    public boolean canExist() {
      return Ids.isWellFormed(applicationId) && Ids.isWellFormed(journeyId);
    }

    @Override
    public String describe() {
      return "journey " + journeyId + " of application " + applicationId;
    }
  }

  /** A message template, identified by name and channel type. */
  record Template(String name, TemplateType type) implements ResourceArn {
    @Override
    public String applicationId() {
      return null;
    }

    @Override
    public boolean canExist() {
      return TemplateValidator.validateName(name).isEmpty();
    }

    @Override
    public String describe() {
      return "template " + name + " (" + type + ")";
    }
  }

  /**
   * Parses {@code arn}, which must name {@code region} and {@code account} (the deployment's): any
   * other text is a {@link BadRequestException} saying what is wrong.
   */
  static ResourceArn parse(String arn, String region, String account) {
    String[] parts = fields(arn);
    if (!parts[3].equals(region) || !parts[4].equals(account)) {
      throw new BadRequestException("ARN " + arn + " names region '" + parts[3] + "' and account '" + parts[4]
          + "'; this service holds the resources of region '" + region + "' and account '" + account + "'");
    }
    return resource(arn, parts[5]);
  }

  /**
   * The application an ARN names, or empty when the text is not an application resource's ARN. Used to
   * authorise a request before it runs; it reads the resource part exactly as {@link #parse} does, so
   * every ARN {@code parse} accepts yields the application it acts on.
   */
  static Optional<String> applicationIdOf(String arn) {
    try {
      return Optional.ofNullable(resource(arn, fields(arn)[5]).applicationId());
    } catch (BadRequestException notAnArn) {
      return Optional.empty();
    }
  }

  private static String[] fields(String arn) {
    if (arn == null || arn.isEmpty()) {
      throw new BadRequestException("resource-arn is required");
    }
    String[] parts = arn.split(":", 6);
    if (parts.length != 6 || !parts[0].equals("arn") || !parts[1].equals("aws") || !parts[2].equals("mobiletargeting")) {
      throw new BadRequestException("resource-arn must be an ARN arn:aws:mobiletargeting:{region}:{account}:{resource}, was: "
          + shorten(arn));
    }
    return parts;
  }

  private static ResourceArn resource(String arn, String resource) {
    String[] p = resource.split("/", -1);
    for (String part : p) {
      if (part.isEmpty()) {
        throw malformed(arn);
      }
    }
    if (p[0].equals("apps")) {
      if (p.length == 2) {
        return new App(p[1]);
      }
      if (p.length == 4) {
        return switch (p[2]) {
          case "campaigns" -> new Campaign(p[1], p[3]);
          case "segments" -> new Segment(p[1], p[3]);
          case "journeys" -> new Journey(p[1], p[3]);
          default -> throw malformed(arn);
        };
      }
    } else if (p[0].equals("templates") && p.length == 3) {
      // ARNs carry the type upper-case (TemplateResponse.Arn); the lower-case path form is not an ARN.
      for (TemplateType type : TemplateType.values()) {
        if (type.name().equals(p[2])) {
          return new Template(p[1], type);
        }
      }
    }
    throw malformed(arn);
  }

  private static BadRequestException malformed(String arn) {
    return new BadRequestException("resource-arn names no taggable resource (apps/{id}, apps/{id}/campaigns/{id}, "
        + "apps/{id}/segments/{id}, apps/{id}/journeys/{id} or templates/{name}/{EMAIL|SMS|VOICE|PUSH|INAPP}): "
        + shorten(arn));
  }

  private static String shorten(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }
}
