package dev.tern.model.endpoint;

import java.util.Objects;

/**
 * One reason a request is rejected, naming the offending field the way the wire names it
 * ({@code Attributes.color[3]}, {@code User.UserId}, {@code Item}). The API edge turns violations into a
 * 400 BadRequestException whose message is {@link #message()}; the domain never throws for bad input.
 */
public record Violation(String field, String reason) {

  /** Requires both parts. */
  public Violation {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(reason, "reason");
  }

  /** "field: reason", the text for the error body. */
  public String message() {
    return field + ": " + reason;
  }
}
