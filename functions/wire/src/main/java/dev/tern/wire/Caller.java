package dev.tern.wire;

import dev.tern.model.auth.AccessKey;
import dev.tern.model.auth.RequestAuthorizer;
import jakarta.enterprise.context.RequestScoped;

/**
 * Who is calling, for the few operations whose answer depends on it (GetApps lists only the apps the
 * key may see). Set by {@link AuthFilter}; empty when auth is disabled, which means "sees everything".
 */
@RequestScoped
public class Caller {

  private AccessKey key;
  private RequestAuthorizer authorizer;

  /** Records the authenticated key (called by {@link AuthFilter} only). */
  void authenticated(AccessKey key, RequestAuthorizer authorizer) {
    this.key = key;
    this.authorizer = authorizer;
  }

  /** Tells whether the caller may see the application. */
  public boolean canSee(String appId) {
    return key == null || authorizer.canSee(key, appId);
  }
}
