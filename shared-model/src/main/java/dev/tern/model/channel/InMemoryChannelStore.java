package dev.tern.model.channel;

import dev.tern.model.campaign.EmailChannel;
import dev.tern.model.campaign.EmailChannels;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** {@link ChannelStore} fake in memory; also the {@link EmailChannels} view campaigns read. */
public final class InMemoryChannelStore implements ChannelStore, EmailChannels {

  private final Map<String, Map<ChannelKind, Channel>> byApp = new TreeMap<>();

  @Override
  public synchronized Optional<Channel> find(String applicationId, ChannelKind kind) {
    return Optional.ofNullable(byApp.getOrDefault(applicationId, Map.of()).get(kind));
  }

  @Override
  public synchronized List<Channel> list(String applicationId) {
    return List.copyOf(byApp.getOrDefault(applicationId, Map.of()).values());
  }

  @Override
  public synchronized boolean put(Channel channel) {
    int stored = find(channel.applicationId(), channel.kind()).map(Channel::version).orElse(0);
    if (stored != channel.version() - 1) {
      return false;
    }
    byApp.computeIfAbsent(channel.applicationId(), a -> new TreeMap<>()).put(channel.kind(), channel);
    return true;
  }

  @Override
  public synchronized Optional<Channel> delete(String applicationId, ChannelKind kind) {
    Map<ChannelKind, Channel> channels = byApp.get(applicationId);
    return channels == null ? Optional.empty() : Optional.ofNullable(channels.remove(kind));
  }

  @Override
  public Optional<EmailChannel> emailChannel(String applicationId) {
    return find(applicationId, ChannelKind.EMAIL).map(Channels::toEmailChannel);
  }

  /** Removes everything, for tests sharing one instance. */
  public synchronized void clear() {
    byApp.clear();
  }
}
