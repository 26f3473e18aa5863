package dev.tern.model.channel;

import dev.tern.model.endpoint.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a channel configuration must hold before it is stored, per kind. Required members come from the
 * model ({@code EmailChannelRequest.FromAddress*}, {@code Identity*}; Baidu {@code ApiKey*},
 * {@code SecretKey*}; ADM {@code ClientId*}, {@code ClientSecret*}); the credential rules from the member
 * docs (pinpoint-api.md §4.12): APNs needs a certificate with its private key or a token key with its key
 * id, team id and bundle id, and {@code DefaultAuthenticationMethod} (CERTIFICATE or TOKEN) must name a
 * credential that is present; GCM needs an {@code ApiKey} or an FCM {@code ServiceJson}, and its method
 * (KEY or TOKEN) must name one that is present.
 */
public final class ChannelPolicy {

  private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+|.*<[^@\\s<>]+@[^@\\s<>]+>");
  private static final Set<String> APNS_METHODS = Set.of("CERTIFICATE", "TOKEN");
  private static final Set<String> GCM_METHODS = Set.of("KEY", "TOKEN");

  private ChannelPolicy() {}

  /** Every violation of {@code settings} (the merged configuration) for {@code kind}. */
  public static List<Violation> check(ChannelKind kind, Map<String, String> settings) {
    List<Violation> violations = new ArrayList<>();
    for (ChannelKind.Member member : kind.members()) {
      if (member.required() && blank(settings.get(member.name()))) {
        violations.add(new Violation(member.name(), "is required"));
      }
    }
    switch (kind) {
      case EMAIL -> email(settings, violations);
      case APNS, APNS_SANDBOX, APNS_VOIP, APNS_VOIP_SANDBOX -> apns(settings, violations);
      case GCM -> gcm(settings, violations);
      case ADM, BAIDU, SMS, VOICE -> { }
    }
    return violations;
  }

  private static void email(Map<String, String> s, List<Violation> v) {
    String from = s.get("FromAddress");
    if (!blank(from) && !ADDRESS.matcher(from).matches()) {
      v.add(new Violation("FromAddress", "'" + from + "' is not an email address"));
    }
    for (String arn : List.of("Identity", "RoleArn", "OrchestrationSendingRoleArn")) {
      String value = s.get(arn);
      if (!blank(value) && !value.startsWith("arn:")) {
        v.add(new Violation(arn, "must be an ARN, got '" + value + "'"));
      }
    }
  }

  private static void apns(Map<String, String> s, List<Violation> v) {
    boolean certificate = pair(s, v, "Certificate", "PrivateKey");
    boolean anyToken = has(s, "TokenKey") || has(s, "TokenKeyId") || has(s, "TeamId") || has(s, "BundleId");
    boolean token = anyToken && all(s, v, "TokenKey", "TokenKeyId", "TeamId", "BundleId");
    if (!certificate && !anyToken && !v.stream().anyMatch(x -> x.field().equals("PrivateKey") || x.field().equals("Certificate"))) {
      v.add(new Violation("Certificate", "an APNs channel needs a Certificate and PrivateKey, or a TokenKey with TokenKeyId, TeamId and BundleId"));
    }
    method(s, v, APNS_METHODS, Map.of("CERTIFICATE", certificate, "TOKEN", token));
  }

  private static void gcm(Map<String, String> s, List<Violation> v) {
    boolean key = has(s, "ApiKey");
    boolean token = has(s, "ServiceJson");
    if (!key && !token) {
      v.add(new Violation("ApiKey", "a GCM channel needs an ApiKey or a ServiceJson"));
    }
    if (token && !s.get("ServiceJson").trim().startsWith("{")) {
      v.add(new Violation("ServiceJson", "must be the JSON of a service account key"));
    }
    method(s, v, GCM_METHODS, Map.of("KEY", key, "TOKEN", token));
  }

  private static void method(Map<String, String> s, List<Violation> v, Set<String> allowed, Map<String, Boolean> present) {
    String method = s.get("DefaultAuthenticationMethod");
    if (blank(method)) {
      return;
    }
    if (!allowed.contains(method)) {
      v.add(new Violation("DefaultAuthenticationMethod", "unknown value '" + method + "'; expected one of "
          + String.join(", ", allowed.stream().sorted().toList())));
    } else if (!present.get(method)) {
      v.add(new Violation("DefaultAuthenticationMethod", method + " needs its credentials, which are missing"));
    }
  }

  /** Both or neither; true if both. */
  private static boolean pair(Map<String, String> s, List<Violation> v, String a, String b) {
    if (has(s, a) != has(s, b)) {
      v.add(new Violation(has(s, a) ? b : a, "is required with " + (has(s, a) ? a : b)));
    }
    return has(s, a) && has(s, b);
  }

  private static boolean all(Map<String, String> s, List<Violation> v, String... names) {
    boolean all = true;
    for (String name : names) {
      if (!has(s, name)) {
        v.add(new Violation(name, "is required for token authentication"));
        all = false;
      }
    }
    return all;
  }

  private static boolean has(Map<String, String> s, String name) {
    return !blank(s.get(name));
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
