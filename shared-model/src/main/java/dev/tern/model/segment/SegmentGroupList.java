package dev.tern.model.segment;

import java.util.List;

/**
 * Pinpoint's {@code SegmentGroupList}: groups combined by {@code Include}.
 *
 * @param include null is read as ALL (no documented default; identical to ANY for one group)
 */
public record SegmentGroupList(List<SegmentGroup> groups, MatchMode include) {

  /** Copies the groups (null becomes empty) and applies the ALL default. */
  public SegmentGroupList {
    groups = groups == null ? List.of() : List.copyOf(groups);
    include = include == null ? MatchMode.ALL : include;
  }
}
