package dev.tern.model.channel;

import dev.tern.model.app.AppService;
import dev.tern.model.common.BadRequestException;
import dev.tern.model.common.ConflictException;
import dev.tern.model.common.NotFoundException;
import dev.tern.model.endpoint.Violation;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Use cases of the per-app channel operations ({@code Get/Update/Delete*Channel}, {@code GetChannels}).
 *
 * <p>Members the model marks required ({@code EmailChannelRequest.FromAddress*}, {@code Identity*}, Baidu's
 * and ADM's keys) must be in every request, as Pinpoint's own request validation demands (the AWS CLI and
 * boto3 refuse to send a request without them; the JavaScript SDK sends it and gets this 400).
 *
 * <p>Readings where Pinpoint documents nothing: an update merges into the stored configuration (members
 * sent replace, members absent are kept, an empty string clears an optional member), so a client can
 * toggle {@code Enabled} without resending credentials it need not send; a first update without {@code Enabled} enables
 * the channel (the console's behaviour); authentication methods are accepted in any case and stored
 * upper-case. The merged result is checked by {@link ChannelPolicy}; nothing is written on a violation.
 */
public final class ChannelService {

  private final ChannelStore store;
  private final AppService apps;
  private final Clock clock;

  /** Channels of the apps in {@code apps}, kept in {@code store}, timed by {@code clock}. */
  public ChannelService(ChannelStore store, AppService apps, Clock clock) {
    this.store = store;
    this.apps = apps;
    this.clock = clock;
  }

  /** Update*Channel: merges, checks and stores the next version. */
  public Channel update(String applicationId, ChannelKind kind, ChannelUpdate update) {
    apps.get(applicationId);
    Optional<Channel> stored = store.find(applicationId, kind);
    Map<String, String> settings = new LinkedHashMap<>(stored.map(Channel::settings).orElse(Map.of()));
    for (ChannelKind.Member member : kind.members()) {
      String value = update.values().get(member.name());
      if (value == null) {
        continue;
      }
      if (value.isEmpty()) {
        settings.remove(member.name());
      } else {
        settings.put(member.name(), member.name().equals("DefaultAuthenticationMethod") ? value.toUpperCase(Locale.ROOT) : value);
      }
    }
    List<Violation> violations = new ArrayList<>(update.wireViolations());
    for (ChannelKind.Member member : kind.members()) {
      String sent = update.values().get(member.name());
      boolean unreadable = update.wireViolations().stream().anyMatch(w -> w.field().equals(member.name()));
      if (member.required() && (sent == null || sent.isBlank()) && !unreadable) {
        violations.add(new Violation(member.name(), "is required"));
      }
    }
    ChannelPolicy.check(kind, settings).stream().filter(p -> !violations.contains(p)).forEach(violations::add);
    if (!violations.isEmpty()) {
      throw new BadRequestException(violations.stream().map(Violation::message).collect(Collectors.joining("; ")));
    }
    Instant now = clock.instant();
    boolean enabled = update.enabled() != null ? update.enabled() : stored.map(Channel::enabled).orElse(true);
    Channel next = new Channel(applicationId, kind, enabled, stored.map(Channel::version).orElse(0) + 1,
        stored.map(Channel::creationDate).orElse(now), now, settings);
    if (!store.put(next)) {
      throw new ConflictException("The " + kind.platform() + " channel was changed concurrently; retry the update");
    }
    return next;
  }

  /** Get*Channel: the configuration, or 404 if the channel was never configured. */
  public Channel get(String applicationId, ChannelKind kind) {
    apps.get(applicationId);
    return store.find(applicationId, kind).orElseThrow(() -> notFound(kind));
  }

  /** GetChannels: every configured channel of the app, enabled or not. */
  public List<Channel> list(String applicationId) {
    apps.get(applicationId);
    return store.list(applicationId);
  }

  /** Delete*Channel: removes the configuration and its credentials, returning it as it was. */
  public Channel delete(String applicationId, ChannelKind kind) {
    apps.get(applicationId);
    return store.delete(applicationId, kind).orElseThrow(() -> notFound(kind));
  }

  private static NotFoundException notFound(ChannelKind kind) {
    return new NotFoundException("The " + kind.platform() + " channel is not configured for this application");
  }
}
