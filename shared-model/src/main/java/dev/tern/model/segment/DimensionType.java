package dev.tern.model.segment;

/** Pinpoint's {@code DimensionType}: whether a {@link SetDimension} includes or excludes its matches. */
public enum DimensionType {
  INCLUSIVE,
  EXCLUSIVE
}
