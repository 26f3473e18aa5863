package dev.tern.model.common;

/**
 * A failure a caller can act on, one subtype per failure mode. The names are Pinpoint's error types so
 * the HTTP edge can report them verbatim; the mapping to status codes lives only at that edge.
 */
public abstract sealed class TernException extends RuntimeException
    permits BadRequestException, ForbiddenException, NotFoundException, MethodNotAllowedException,
        ConflictException, PayloadTooLargeException, TooManyRequestsException {

  protected TernException(String message) {
    super(message);
  }

  /** The Pinpoint error type name, e.g. {@code NotFoundException}. */
  public String errorType() {
    return getClass().getSimpleName();
  }
}
