package dev.tern.model.template;

import com.github.jknack.handlebars.Helper;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.UUID;

/**
 * Pinpoint helpers that Handlebars.java lacks or spells differently, other than math and dates:
 * {@code ljust}, {@code rjust}, {@code center}, {@code inflect}, {@code ordinalize}, {@code
 * encode64}, {@code decode64}, {@code md5}, {@code sha256}, {@code sha512}, {@code uuid} (user
 * guide, message-template-helpers.md). The guide writes {@code {{ljust value 15}}} with a positional
 * width where Handlebars.java requires {@code size=}; both are accepted here. Text is hashed as UTF-8 and printed as
 * lower-case hex, as the guide's {@code {{sha256 "Hello World"}}} example shows (its {@code md5}
 * example's digest is that of "Hello world", with a lower-case w).
 */
final class TextHelpers {

  private TextHelpers() {}

  /** Where the padding goes. */
  enum Align {
    LEFT,
    RIGHT,
    CENTER
  }

  /** {@code {{ljust value 15 [pad=" "]}}} and kin; the width may also be given as {@code size=}. */
  static Helper<Object> pad(String name, Align align) {
    return (value, options) -> {
      Object width = options.params.length > 0 ? options.params[0] : options.hash("size");
      int size = Numbers.required(name, width).intValue();
      Object padHash = options.<Object>hash("pad", " ");
      String pad = padHash.toString().isEmpty() ? " " : padHash.toString();
      String text = Display.text(Numbers.single(value));
      int missing = size - text.length();
      if (missing <= 0) {
        return text;
      }
      return switch (align) {
        case LEFT -> text + fill(pad, missing);
        case RIGHT -> fill(pad, missing) + text;
        case CENTER -> fill(pad, missing / 2) + text + fill(pad, missing - missing / 2);
      };
    };
  }

  private static String fill(String pad, int n) {
    StringBuilder out = new StringBuilder(n);
    while (out.length() < n) {
      out.append(pad.charAt(out.length() % pad.length()));
    }
    return out.toString();
  }

  /** {@code {{inflect count singular plural [includeCount=false]}}}: 1 → singular, else plural. */
  static Helper<Object> inflect() {
    return (count, options) -> {
      Object singular = options.<Object>param(0, "");
      Object plural = options.<Object>param(1, "");
      Object word = Numbers.required("inflect", count).compareTo(java.math.BigDecimal.ONE) == 0
          ? singular : plural;
      Object flag = options.<Object>hash("includeCount", Boolean.FALSE);
      boolean includeCount = Boolean.parseBoolean(flag.toString());
      return includeCount ? Display.text(Numbers.single(count)) + " " + word : word;
    };
  }

  /** {@code {{ordinalize n}}}: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd, 101st … */
  static Helper<Object> ordinalize() {
    return (value, options) -> {
      BigInteger n = Numbers.required("ordinalize", value).toBigInteger();
      int lastTwo = n.abs().mod(BigInteger.valueOf(100)).intValue();
      String suffix;
      if (lastTwo >= 11 && lastTwo <= 13) {
        suffix = "th";
      } else {
        suffix = switch (lastTwo % 10) {
          case 1 -> "st";
          case 2 -> "nd";
          case 3 -> "rd";
          default -> "th";
        };
      }
      return n + suffix;
    };
  }

  static Helper<Object> encode64() {
    return (value, options) -> Base64.getEncoder()
        .encodeToString(Display.text(value).getBytes(StandardCharsets.UTF_8));
  }

  static Helper<Object> decode64() {
    return (value, options) -> {
      try {
        return new String(Base64.getDecoder().decode(Display.text(value)), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException notBase64) {
        throw new IllegalArgumentException("decode64: not Base64: '" + Display.text(value) + "'");
      }
    };
  }

  static Helper<Object> digest(String algorithm) {
    return (value, options) -> {
      try {
        byte[] hash = MessageDigest.getInstance(algorithm)
            .digest(Display.text(value).getBytes(StandardCharsets.UTF_8));
        StringBuilder hex = new StringBuilder(hash.length * 2);
        for (byte b : hash) {
          hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
        }
        return hex.toString();
      } catch (NoSuchAlgorithmException missing) {
        throw new IllegalStateException(algorithm + " is required of every JVM", missing);
      }
    };
  }

  static Helper<Object> uuid() {
    return (context, options) -> UUID.randomUUID().toString();
  }
}
