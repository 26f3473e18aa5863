package dev.tern.model.segment;

/** Pinpoint's {@code RecencyType}: endpoints active within the duration, or not active within it. */
public enum RecencyType {
  ACTIVE,
  INACTIVE
}
