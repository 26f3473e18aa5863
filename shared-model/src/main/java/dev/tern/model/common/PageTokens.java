package dev.tern.model.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque list tokens: a store's position key behind a prefix naming the listing, base64url-encoded. The
 * prefix makes a token from another listing (or an older format) a 400 instead of a misread position.
 */
public final class PageTokens {

  private PageTokens() {}

  /** The token for position {@code key} of the listing {@code prefix} (e.g. {@code journeys.v1:}). */
  public static String encode(String prefix, String key) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString((prefix + key).getBytes(StandardCharsets.UTF_8));
  }

  /** The position in {@code token}; a {@link BadRequestException} "Invalid token" if it is not one of ours. */
  public static String decode(String prefix, String token) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      if (text.startsWith(prefix)) {
        return text.substring(prefix.length());
      }
    } catch (IllegalArgumentException e) {
      // not base64url: reported below
    }
    throw new BadRequestException("Invalid token");
  }
}
