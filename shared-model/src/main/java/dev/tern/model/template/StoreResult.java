package dev.tern.model.template;

import java.util.List;

/**
 * Outcome of a {@link TemplateStore} operation.
 *
 * <p>Why a sealed result instead of exceptions: each variant maps to exactly one Pinpoint response at
 * the REST edge ({@code Ok}/{@code Listed}/{@code Deleted} → 2xx, {@code NotFound} → 404 {@code
 * NotFoundException}, {@code Rejected} → 400 {@code BadRequestException}), and the domain stays free of
 * HTTP.
 */
public sealed interface StoreResult {

  /** The version that was read or written. */
  record Ok(TemplateVersion version) implements StoreResult {}

  /** One page of a listing; {@code nextToken} is null on the last page. */
  record Listed(List<TemplateVersion> items, String nextToken) implements StoreResult {
    /** Keeps an immutable copy of the page. */
    public Listed {
      items = List.copyOf(items);
    }
  }

  /** A template ({@code version} null) or one version of it was deleted. */
  record Deleted(String name, TemplateType type, String version) implements StoreResult {}

  /** The template or version does not exist. */
  record NotFound(String message) implements StoreResult {}

  /** The request breaks a rule; {@code field} names the wire parameter or member. */
  record Rejected(String field, String message) implements StoreResult {}
}
