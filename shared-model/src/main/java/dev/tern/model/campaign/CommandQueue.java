package dev.tern.model.campaign;

import java.util.List;

/** Port: publishes send commands (SQS {@code SendMessageBatch} in the adapter). */
public interface CommandQueue {

    /** Publishes every command; throws if any could not be published (the caller's tick then retries). */
    void publish(List<SendEmailCommand> commands);
}
