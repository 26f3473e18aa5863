package dev.tern.model.endpoint;

import java.util.Set;

/**
 * The custom attribute names each application has (Attributes, Metrics and User.UserAttributes names),
 * kept so the 250-per-application quota ({@link EndpointPolicy#MAX_CUSTOM_ATTRIBUTES_PER_APP}) can be
 * checked without reading every endpoint, and so RemoveAttributes can release names.
 * {@link InMemoryAttributeCatalog} is the fake.
 */
public interface AttributeCatalog {

  /** Every name the application has; empty for an application that never wrote one. */
  Set<AttributeName> names(String applicationId);

  /** Adds {@code names} (those already known are no-ops). */
  void add(String applicationId, Set<AttributeName> names);

  /** Removes {@code names} (unknown ones are ignored). */
  void remove(String applicationId, Set<AttributeName> names);
}
