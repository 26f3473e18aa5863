package dev.tern.model.common;

/** The request is invalid: a member is missing, of the wrong type or out of range. */
public final class BadRequestException extends TernException {

  /** Creates the exception with a message meant for the API caller. */
  public BadRequestException(String message) {
    super(message);
  }
}
