package dev.tern.model.common;

import java.util.List;
import java.util.function.Predicate;

/**
 * One page of a listing.
 *
 * @param items the items of this page, in store order
 * @param nextToken opaque token for the next page, or {@code null} on the last page
 */
public record Page<T>(List<T> items, String nextToken) {

  public Page {
    items = List.copyOf(items);
  }

  /** The same page with only the items that pass {@code keep}; the token is unchanged. */
  public Page<T> filter(Predicate<? super T> keep) {
    return new Page<>(items.stream().filter(keep).toList(), nextToken);
  }
}
