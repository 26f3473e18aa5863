package dev.tern.model.common;

import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** Identifiers in Pinpoint's format: 32 lower-case hex characters (apps, campaigns, segments, ...). */
public final class Ids {

  private static final Pattern FORMAT = Pattern.compile("[0-9a-f]{32}");

  private Ids() {}

  /** A new random id (a version-4 UUID without dashes, so 122 random bits). */
  public static String newId() {
    return UUID.randomUUID().toString().replace("-", "");
  }

  /** The id generator used in production; tests pass their own supplier instead. */
  public static Supplier<String> random() {
    return Ids::newId;
  }

  /** Whether {@code id} has the shape of a generated id. */
  public static boolean isWellFormed(String id) {
    return id != null && FORMAT.matcher(id).matches();
  }
}
