package dev.tern.model.common;

/** The caller exceeded a rate limit; retrying later may succeed. */
public final class TooManyRequestsException extends TernException {

  /** Creates the exception with a message meant for the API caller. */
  public TooManyRequestsException(String message) {
    super(message);
  }
}
