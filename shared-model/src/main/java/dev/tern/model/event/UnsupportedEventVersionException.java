package dev.tern.model.event;

/** A queue message of a schema version this code does not know: never guessed at, left to the DLQ. */
public final class UnsupportedEventVersionException extends RuntimeException {

  /** For a message of {@code version}. */
  public UnsupportedEventVersionException(int version) {
    super("RecordedEvent version " + version + " is not supported (this code reads " + RecordedEvent.VERSION + ")");
  }
}
