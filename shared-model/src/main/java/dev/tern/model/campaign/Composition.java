package dev.tern.model.campaign;

import java.util.List;

/** What the {@link MessageComposer} produced for one recipient. */
public sealed interface Composition {

    /** Ready to send. */
    record Composed(String subject, String html, String text, List<MessageHeader> headers) implements Composition {
        public Composed {
            headers = headers == null ? List.of() : List.copyOf(headers);
        }
    }

    /** Cannot be composed for good (template missing, rendering error): recorded as a non-retryable failure. */
    record NotComposable(FailureReason reason, String detail) implements Composition {
    }
}
