package dev.tern.model.template;

/** One broken rule, naming the wire field it concerns (e.g. {@code DefaultSubstitutions}). */
public record Violation(String field, String message) {

  @Override
  public String toString() {
    return field + ": " + message;
  }
}
