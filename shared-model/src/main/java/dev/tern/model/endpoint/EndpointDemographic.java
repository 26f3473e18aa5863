package dev.tern.model.endpoint;

/**
 * Device and locale facts of an endpoint, Pinpoint's {@code EndpointDemographic}. Every member is optional
 * (null = unknown); Locale is {@code ll_CC}, Timezone a tz database name such as America/Los_Angeles.
 */
public record EndpointDemographic(
    String appVersion,
    String locale,
    String make,
    String model,
    String modelVersion,
    String platform,
    String platformVersion,
    String timezone) {

  /** A demographic with every member unknown. */
  public static final EndpointDemographic EMPTY =
      new EndpointDemographic(null, null, null, null, null, null, null, null);

  /** This demographic with every non-null member of {@code update} laid over it. */
  public EndpointDemographic overlay(EndpointDemographic update) {
    if (update == null) {
      return this;
    }
    return new EndpointDemographic(
        pick(update.appVersion, appVersion),
        pick(update.locale, locale),
        pick(update.make, make),
        pick(update.model, model),
        pick(update.modelVersion, modelVersion),
        pick(update.platform, platform),
        pick(update.platformVersion, platformVersion),
        pick(update.timezone, timezone));
  }

  static <T> T pick(T update, T stored) {
    return update != null ? update : stored;
  }
}
