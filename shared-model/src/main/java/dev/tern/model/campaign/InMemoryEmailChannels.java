package dev.tern.model.campaign;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The in-memory fake of {@link EmailChannels}. */
public final class InMemoryEmailChannels implements EmailChannels {

    private final Map<String, EmailChannel> byApp = new ConcurrentHashMap<>();

    /** Sets an app's email channel. */
    public void put(String applicationId, EmailChannel channel) {
        byApp.put(applicationId, channel);
    }

    @Override
    public Optional<EmailChannel> emailChannel(String applicationId) {
        return Optional.ofNullable(byApp.get(applicationId));
    }
}
