package dev.tern.model.common;

/** The caller may not perform this operation. */
public final class ForbiddenException extends TernException {

  /** Creates the exception with a message meant for the API caller. */
  public ForbiddenException(String message) {
    super(message);
  }
}
