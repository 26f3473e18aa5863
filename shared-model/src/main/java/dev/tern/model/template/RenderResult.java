package dev.tern.model.template;

import java.util.Map;

/**
 * Outcome of rendering a template for one recipient.
 *
 * <p>Why a result and not an exception: a template that does not compile, or a helper that cannot
 * handle this recipient's values, fails the same way on every retry. Senders record {@link Failed}
 * as a permanent failure and acknowledge the queue message instead of letting it bounce to the DLQ
 * (style.md, convention 8).
 */
public sealed interface RenderResult {

  /** Rendered text by part name (see {@link TemplateParts}). */
  record Rendered(Map<String, String> parts) implements RenderResult {
    /** Keeps an immutable copy. */
    public Rendered {
      parts = Map.copyOf(parts);
    }

    /** The rendered text of one part, or null if the template has no such part. */
    public String part(String name) {
      return parts.get(name);
    }
  }

  /** Rendering failed; never retryable. {@code part} names the broken part. */
  record Failed(String templateName, String version, String part, String reason)
      implements RenderResult {}
}
