package dev.tern.api;

import dev.tern.model.app.AppService;
import dev.tern.model.app.AppStore;
import dev.tern.model.auth.AccessKeyService;
import dev.tern.model.auth.AccessKeyStore;
import dev.tern.model.auth.SecretSealer;
import dev.tern.model.common.Ids;
import dev.tern.wire.KnownRoutes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * CDI producers of the api function's own use cases; the clock, DynamoDB client and app/endpoint stores
 * come from functions/wire's StoreWiring, auth from its AuthWiring. Tests replace the stores and the clock.
 */
@ApplicationScoped
public class Wiring {

  /** Every JAX-RS resource class of this function (OpenApiMatchesRoutesTest checks none is missing). */
  static final Class<?>[] RESOURCES = {
      AppsApi.class, EndpointsApi.class, UsersApi.class, AttributesApi.class, AccessKeysApi.class};

  /** The routes this function serves, so a known path with another method is a 405, not a 404. */
  @Produces
  @Singleton
  KnownRoutes knownRoutes() {
    return new KnownRoutes(RESOURCES);
  }

  /** The apps use cases. */
  @Produces
  @Singleton
  AppService appService(AppStore store, Clock clock, TernConfig config) {
    return new AppService(store, clock, Ids.random(), config.region(), config.accountId());
  }

  /** Issuing, listing and revoking keys (the admin API). */
  @Produces
  @Singleton
  AccessKeyService accessKeyService(AccessKeyStore keys, SecretSealer sealer, Clock clock) {
    return new AccessKeyService(keys, sealer, clock);
  }
}
