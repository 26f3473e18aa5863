package dev.tern.model.common;

/** The request body exceeds the size Tern accepts. */
public final class PayloadTooLargeException extends TernException {

  /** Creates the exception with a message meant for the API caller. */
  public PayloadTooLargeException(String message) {
    super(message);
  }
}
