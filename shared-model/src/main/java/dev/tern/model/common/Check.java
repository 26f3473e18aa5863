package dev.tern.model.common;

/** Small argument checks that reject with a {@link BadRequestException} naming the wire field. */
public final class Check {

  private Check() {}

  /** Rejects a null {@code value} of the required member {@code field}. */
  public static <T> T required(String field, T value) {
    if (value == null) {
      throw new BadRequestException(field + " is required");
    }
    return value;
  }

  /** Rejects a null, empty or whitespace-only {@code value}. */
  public static String notBlank(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new BadRequestException(field + " is required and must not be blank");
    }
    return value;
  }

  /** Accepts null (member absent); otherwise requires {@code min <= value <= max}. */
  public static void range(String field, Integer value, int min, int max) {
    if (value != null && (value < min || value > max)) {
      throw new BadRequestException(field + " must be between " + min + " and " + max + ", got " + value);
    }
  }

  /** Accepts null (member absent); otherwise requires {@code value >= min}. */
  public static void atLeast(String field, Integer value, int min) {
    if (value != null && value < min) {
      throw new BadRequestException(field + " must be at least " + min + ", got " + value);
    }
  }
}
