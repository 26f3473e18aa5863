package dev.tern.model.campaign;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

/** Test MessageComposer: "Hello {endpointId}" unless a scripted answer is queued. */
final class ScriptedComposer implements MessageComposer {

    private final Deque<Supplier<Composition>> script = new ArrayDeque<>();

    ScriptedComposer then(Supplier<Composition> next) {
        script.add(next);
        return this;
    }

    @Override
    public synchronized Composition compose(String applicationId, MessageRef message, Recipient recipient) {
        Supplier<Composition> next = script.poll();
        if (next != null) {
            return next.get();
        }
        return new Composition.Composed("Hello " + recipient.endpointId(), "<p>hi</p>", "hi", List.of());
    }
}
