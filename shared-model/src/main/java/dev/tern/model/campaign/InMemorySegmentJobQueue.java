package dev.tern.model.campaign;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The in-memory fake of {@link SegmentJobQueue}: records what was published, in order. */
public final class InMemorySegmentJobQueue implements SegmentJobQueue {

    private final List<SegmentJob> published = new CopyOnWriteArrayList<>();

    @Override
    public void publish(List<SegmentJob> jobs) {
        published.addAll(jobs);
    }

    /** Everything published so far. */
    public List<SegmentJob> published() {
        return List.copyOf(published);
    }

    /** Removes and returns everything published so far (a consumer draining the queue). */
    public synchronized List<SegmentJob> drain() {
        List<SegmentJob> out = List.copyOf(published);
        published.clear();
        return out;
    }
}
