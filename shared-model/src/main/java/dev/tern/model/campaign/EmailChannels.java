package dev.tern.model.campaign;

import java.util.Optional;

/** Port: an application's email channel settings. */
public interface EmailChannels {

    /** The app's email channel, if one was ever configured. */
    Optional<EmailChannel> emailChannel(String applicationId);
}
