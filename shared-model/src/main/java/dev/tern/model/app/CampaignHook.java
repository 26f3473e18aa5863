package dev.tern.model.app;

/**
 * Default Lambda hook for an app's campaigns (model shape {@code CampaignHook}); every member optional.
 *
 * @param lambdaFunctionName name or ARN of the function to invoke
 * @param mode how the function is used
 * @param webUrl HTTPS URL that invokes the function
 */
public record CampaignHook(String lambdaFunctionName, Mode mode, String webUrl) {

  /** Model enum {@code Mode}. DELIVERY is deprecated by AWS but still accepted. */
  public enum Mode {
    DELIVERY,
    FILTER
  }

  /** A hook with no member set, what Pinpoint returns for an app that never set one. */
  public static CampaignHook empty() {
    return new CampaignHook(null, null, null);
  }
}
