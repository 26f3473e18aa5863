package dev.tern.model.common;

import java.util.List;

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
}
