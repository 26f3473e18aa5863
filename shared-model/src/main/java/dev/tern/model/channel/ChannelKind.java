package dev.tern.model.channel;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The ten per-app channels of Pinpoint's channel operations, each with the string members of its
 * {@code *ChannelRequest} shape (every member but {@code Enabled} is a string in the model). One table
 * of members instead of ten classes: the channels differ only in which members they have, which are
 * required and which are credentials that an answer never echoes (pinpoint-api.md §4.12).
 */
public enum ChannelKind {
  ADM("adm", list(hiddenReq("ClientId"), secretReq("ClientSecret"))),
  APNS("apns", apnsMembers()),
  APNS_SANDBOX("apns_sandbox", apnsMembers()),
  APNS_VOIP("apns_voip", apnsMembers()),
  APNS_VOIP_SANDBOX("apns_voip_sandbox", apnsMembers()),
  BAIDU("baidu", list(secretReq("ApiKey"), secretReq("SecretKey"))),
  EMAIL("email", list(opt("ConfigurationSet"), req("FromAddress"), req("Identity"), opt("RoleArn"),
      opt("OrchestrationSendingRoleArn"))),
  GCM("gcm", list(secret("ApiKey"), opt("DefaultAuthenticationMethod"), secret("ServiceJson"))),
  SMS("sms", list(opt("SenderId"), opt("ShortCode"))),
  VOICE("voice", list());

  /**
   * One string member of a channel request.
   *
   * @param required the model marks it required
   * @param secret a credential: never answered, counted by {@code HasCredential}
   * @param echoed also a member of the channel's response shape (e.g. {@code FromAddress}; not the APNs
   *     {@code BundleId}, which APNSChannelResponse lacks)
   */
  public record Member(String name, boolean required, boolean secret, boolean echoed) {}

  private final String pathSegment;
  private final List<Member> members;

  ChannelKind(String pathSegment, List<Member> members) {
    this.pathSegment = pathSegment;
    this.members = members;
  }

  /** The lower-case path segment, e.g. {@code apns_sandbox} in {@code /v1/apps/{id}/channels/apns_sandbox}. */
  public String pathSegment() {
    return pathSegment;
  }

  /** {@code Platform} in answers and the key in GetChannels: the enum name, e.g. {@code APNS_SANDBOX}. */
  public String platform() {
    return name();
  }

  /** The string members of the request shape, in model order. */
  public List<Member> members() {
    return members;
  }

  /** Whether this is one of the four APNs channels. */
  public boolean isApns() {
    return name().startsWith("APNS");
  }

  /** The kind for a path segment, any case. */
  public static Optional<ChannelKind> fromPath(String segment) {
    for (ChannelKind kind : values()) {
      if (kind.pathSegment.equals(segment == null ? null : segment.toLowerCase(Locale.ROOT))) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  private static List<Member> apnsMembers() {
    return list(hidden("BundleId"), secret("Certificate"), opt("DefaultAuthenticationMethod"), secret("PrivateKey"),
        hidden("TeamId"), secret("TokenKey"), hidden("TokenKeyId"));
  }

  private static List<Member> list(Member... members) {
    return List.of(members);
  }

  private static Member req(String name) {
    return new Member(name, true, false, true);
  }

  private static Member opt(String name) {
    return new Member(name, false, false, true);
  }

  private static Member hidden(String name) {
    return new Member(name, false, false, false);
  }

  private static Member hiddenReq(String name) {
    return new Member(name, true, false, false);
  }

  private static Member secret(String name) {
    return new Member(name, false, true, false);
  }

  private static Member secretReq(String name) {
    return new Member(name, true, true, false);
  }
}
