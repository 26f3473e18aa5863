package dev.tern.model.common;

/**
 * The {@code page-size} query parameter of list operations. Pinpoint models it as a string and
 * documents no bounds; Tern accepts 1..1000 and defaults to 100 (an account holds at most 100 apps
 * per Region, so the default lists them all in one page).
 */
public final class PageSize {

  /** Smallest accepted page size. */
  public static final int MIN = 1;
  /** Largest accepted page size. */
  public static final int MAX = 1000;
  /** Page size when the caller sends none. */
  public static final int DEFAULT = 100;

  private PageSize() {}

  /** Parses the raw parameter; absent or empty means {@link #DEFAULT}, anything invalid is a 400. */
  public static int parse(String raw) {
    if (raw == null || raw.isEmpty()) {
      return DEFAULT;
    }
    int value;
    try {
      value = Integer.parseInt(raw.trim());
    } catch (NumberFormatException e) {
      throw new BadRequestException("page-size must be an integer, got '" + raw + "'");
    }
    if (value < MIN || value > MAX) {
      throw new BadRequestException("page-size must be between " + MIN + " and " + MAX + ", got " + value);
    }
    return value;
  }
}
