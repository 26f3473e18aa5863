package dev.tern.model.auth;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * HTTP request headers as a case-insensitive multimap. HTTP header names are case-insensitive and
 * may repeat; SigV4 joins repeated values with commas, so all values are kept in arrival order.
 */
public final class Headers {

    private final Map<String, List<String>> byLowerName;

    private Headers(Map<String, List<String>> byLowerName) {
        this.byLowerName = byLowerName;
    }

    /** Builds headers from a map of name to values (names in any case; same-name entries merge). */
    public static Headers of(Map<String, ? extends List<String>> headers) {
        Builder builder = builder();
        headers.forEach((name, values) -> values.forEach(value -> builder.add(name, value)));
        return builder.build();
    }

    /** Builds headers from a map of name to a single value, e.g. a Lambda Function URL event's headers. */
    public static Headers ofSingle(Map<String, String> headers) {
        Builder builder = builder();
        headers.forEach(builder::add);
        return builder.build();
    }

    /** Returns an empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the first value of the header, or null when absent. */
    public String first(String name) {
        List<String> values = all(name);
        return values.isEmpty() ? null : values.get(0);
    }

    /** Returns every value of the header in arrival order (empty when absent). */
    public List<String> all(String name) {
        return byLowerName.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    /** Tells whether the header is present. */
    public boolean contains(String name) {
        return byLowerName.containsKey(name.toLowerCase(Locale.ROOT));
    }

    /** Returns a copy with the header's values replaced (the header removed when value is null). */
    public Headers with(String name, String value) {
        Builder builder = builder();
        byLowerName.forEach((n, values) -> values.forEach(v -> builder.add(n, v)));
        builder.byLowerName.remove(name.toLowerCase(Locale.ROOT));
        if (value != null) {
            builder.add(name, value);
        }
        return builder.build();
    }

    @Override
    public String toString() {
        // Header values may carry credentials (Authorization, tokens): show names only.
        return "Headers" + byLowerName.keySet();
    }

    /** Accumulates headers; names are lower-cased, values kept as received. */
    public static final class Builder {
        private final Map<String, List<String>> byLowerName = new TreeMap<>();

        /** Adds one value for the header. */
        public Builder add(String name, String value) {
            byLowerName.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>()).add(value);
            return this;
        }

        /** Returns the immutable headers. */
        public Headers build() {
            Map<String, List<String>> copy = new TreeMap<>();
            byLowerName.forEach((name, values) -> copy.put(name, List.copyOf(values)));
            return new Headers(Collections.unmodifiableMap(copy));
        }
    }
}
