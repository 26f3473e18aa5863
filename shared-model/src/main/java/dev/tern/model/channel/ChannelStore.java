package dev.tern.model.channel;

import java.util.List;
import java.util.Optional;

/**
 * Port: the channels of each app, one record per (app, channel kind). Writes are conditional on the
 * version, so two concurrent updates cannot both win; {@link InMemoryChannelStore} is the fake.
 */
public interface ChannelStore {

  /** The app's configuration of {@code kind}, if any. */
  Optional<Channel> find(String applicationId, ChannelKind kind);

  /** Every configured channel of the app (GetChannels). */
  List<Channel> list(String applicationId);

  /**
   * Stores {@code channel} if the stored version is {@code channel.version() - 1} (0: none stored);
   * false and nothing written otherwise.
   */
  boolean put(Channel channel);

  /** Removes the app's configuration of {@code kind}, returning it as it was; empty if there was none. */
  Optional<Channel> delete(String applicationId, ChannelKind kind);
}
