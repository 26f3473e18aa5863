package dev.tern.api.wire;

import dev.tern.model.channel.Channel;
import dev.tern.model.channel.ChannelKind;
import dev.tern.model.channel.ChannelUpdate;
import dev.tern.model.common.Timestamps;
import dev.tern.model.endpoint.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ten {@code *ChannelRequest} / {@code *ChannelResponse} shapes and {@code ChannelsResponse}. Their
 * members differ per channel but are all strings except {@code Enabled}, so one reader and one writer
 * driven by {@link ChannelKind#members()} serve them all; answers are built as ordered maps with the
 * model's member names and never carry credentials (only {@code HasCredential}, {@code HasTokenKey},
 * {@code HasFcmServiceCredentials}).
 */
public final class ChannelShapes {

  private ChannelShapes() {}

  /** Reads a request body (a JSON object, or null for an empty body) of channel {@code kind}. */
  public static ChannelUpdate read(ChannelKind kind, Map<String, Object> body) {
    List<Violation> violations = new ArrayList<>();
    Map<String, String> values = new LinkedHashMap<>();
    Boolean enabled = null;
    if (body != null) {
      Object e = body.get("Enabled");
      if (e instanceof Boolean b) {
        enabled = b;
      } else if (e != null) {
        violations.add(new Violation("Enabled", "expected a boolean"));
      }
      for (ChannelKind.Member member : kind.members()) {
        Object value = body.get(member.name());
        if (value instanceof String s) {
          values.put(member.name(), s);
        } else if (value != null) {
          violations.add(new Violation(member.name(), "expected a string"));
        }
      }
    }
    return new ChannelUpdate(enabled, values, violations);
  }

  /** The {@code *ChannelResponse} of one channel. */
  public static Map<String, Object> response(Channel c) {
    Map<String, Object> out = common(c);
    out.put("Platform", c.kind().platform());
    for (ChannelKind.Member member : c.kind().members()) {
      if (member.echoed() && c.setting(member.name()) != null) {
        out.put(member.name(), c.setting(member.name()));
      }
    }
    if (c.kind().isApns()) {
      out.put("HasTokenKey", c.setting("TokenKey") != null);
    }
    if (c.kind() == ChannelKind.GCM) {
      out.put("HasFcmServiceCredentials", c.setting("ServiceJson") != null);
    }
    return out;
  }

  /** GetChannels' {@code ChannelsResponse}: {@code {"Channels": {"EMAIL": ChannelResponse, …}}}. */
  public static Map<String, Object> channels(List<Channel> channels) {
    Map<String, Object> byPlatform = new LinkedHashMap<>();
    for (Channel c : channels) {
      byPlatform.put(c.kind().platform(), common(c));
    }
    return Map.of("Channels", byPlatform);
  }

  /** The members every channel answer shares (model shape {@code ChannelResponse}). */
  private static Map<String, Object> common(Channel c) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("ApplicationId", c.applicationId());
    out.put("CreationDate", Timestamps.format(c.creationDate()));
    out.put("Enabled", c.enabled());
    out.put("HasCredential", c.hasCredential());
    out.put("Id", c.kind().pathSegment());
    out.put("IsArchived", false);
    out.put("LastModifiedDate", Timestamps.format(c.lastModifiedDate()));
    out.put("Version", c.version());
    return out;
  }
}
