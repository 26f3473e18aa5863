package dev.tern.model.campaign;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The in-memory fake of {@link CommandQueue}: keeps every published command in order. */
public final class InMemoryCommandQueue implements CommandQueue {

    private final List<SendEmailCommand> published = new CopyOnWriteArrayList<>();

    @Override
    public void publish(List<SendEmailCommand> commands) {
        published.addAll(commands);
    }

    /** Everything published so far. */
    public List<SendEmailCommand> published() {
        return List.copyOf(published);
    }
}
