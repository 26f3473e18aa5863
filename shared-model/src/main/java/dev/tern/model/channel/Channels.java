package dev.tern.model.channel;

import dev.tern.model.campaign.EmailChannel;

/** Views of a {@link Channel} that other packages consume. */
public final class Channels {

  private Channels() {}

  /** The email channel as sending needs it (the campaign package's {@link EmailChannel}). */
  public static EmailChannel toEmailChannel(Channel channel) {
    return new EmailChannel(channel.setting("FromAddress"), channel.setting("ConfigurationSet"), channel.enabled());
  }
}
