package dev.tern.model.endpoint;

/**
 * Pinpoint's {@code OptOut} values. The model types the member as a free string; the documented values are
 * ALL (the user opted out of everything) and NONE (the user wants all messages).
 */
public enum OptOut {
  ALL,
  NONE
}
