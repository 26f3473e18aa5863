package dev.tern.wire;

import dev.tern.model.auth.Headers;
import dev.tern.model.auth.RawRequest;
import dev.tern.model.auth.RequestAuthorizer;
import dev.tern.model.auth.RequestAuthorizer.Outcome;
import dev.tern.model.common.ForbiddenException;
import dev.tern.model.tag.ResourceArn;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * SigV4 authentication and per-operation authorisation of every request, before any resource runs.
 *
 * <p>Two steps, because the signature covers the request <em>as sent</em>:
 * <ol>
 *   <li>pre-matching, first of all filters: a snapshot of method, raw (still percent-encoded) path and
 *       query, and headers, taken before {@link WireFilters} rewrites Content-Type/Accept. With API
 *       Gateway payload 2.0 the path is the event's {@code rawPath}, which Quarkus' Lambda handler puts
 *       on the request line unchanged; Vert.x's {@code path()} is that text, not decoded;</li>
 *   <li>after matching, with the body read: the resource method's {@link Operation} and the
 *       {@code application-id} path parameter (or the application in a {@code resource-arn}) go with the snapshot and body to
 *       {@link RequestAuthorizer}. A refusal is a 403 ForbiddenException in Pinpoint's error shape;
 *       nothing has run yet, so nothing is half-written.</li>
 * </ol>
 * A route that matches no resource method answers 404 without authentication (nothing is served).
 * {@code tern.auth.enabled=false} turns all this off (tests of other resources, the benchmark's
 * baseline); it is on unless configured otherwise.
 */
public class AuthFilter {

  private static final Logger LOG = Logger.getLogger(AuthFilter.class);
  static final String SNAPSHOT = "tern.auth.request";

  @Inject AuthConfig config;
  @Inject RequestAuthorizer authorizer;
  @Inject Caller caller;

  /** Step 1: the request line and headers as received. */
  @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION - 100)
  public void snapshot(ContainerRequestContext request, HttpServerRequest http) {
    if (!config.enabled()) {
      return;
    }
    // Quarkus' Lambda handler splits every header value of the API Gateway event at each ',' into
    // several headers (so "Credential=…, SignedHeaders=…" arrives as three Authorization values).
    // Joining them with ',' gives back the exact text API Gateway delivered, which is what was signed
    // (API Gateway itself joins repeated headers with ',', as SigV4's canonical form does).
    Headers.Builder headers = Headers.builder();
    for (String name : http.headers().names()) {
      headers.add(name, String.join(",", http.headers().getAll(name)));
    }
    request.setProperty(SNAPSHOT, new RawRequest(http.method().name(), http.path(), http.query(), headers.build(), null));
  }

  /** Step 2: authenticate the signature and authorise the operation on the application. */
  @ServerRequestFilter(readBody = true, priority = Priorities.AUTHENTICATION)
  public void authorize(ContainerRequestContext request, ResourceInfo resource) {
    if (!config.enabled()) {
      return;
    }
    RawRequest seen = (RawRequest) request.getProperty(SNAPSHOT);
    Method method = resource.getResourceMethod();
    Operation operation = method == null ? null : method.getAnnotation(Operation.class);
    if (seen == null || operation == null) {
      // Fail closed: a resource method without its operation name cannot be authorised.
      LOG.errorf("No @Operation on %s: refusing the request", method);
      throw new ForbiddenException("Operation not authorised");
    }
    byte[] body = readBody(request);
    RawRequest raw = new RawRequest(seen.method(), seen.rawPath(), seen.rawQuery(), seen.headers(), body);
    String appId = request.getUriInfo().getPathParameters().getFirst("application-id");
    if (appId == null) {
      // The tagging operations name their resource by ARN: the application in it is the scope to check
      // (AccessPolicy). Read the same way TagService reads it, so the app authorised is the app acted on;
      // an ARN naming no application (a template, or not an ARN at all) is an operation on no app.
      String arn = request.getUriInfo().getPathParameters().getFirst("resource-arn");
      appId = arn == null ? null : ResourceArn.applicationIdOf(arn).orElse(null);
    }
    Outcome outcome = authorizer.authorize(raw, operation.value(), appId);
    if (outcome instanceof Outcome.Refused refused) {
      throw new ForbiddenException(refused.reason());
    }
    caller.authenticated(((Outcome.Allowed) outcome).key(), authorizer);
  }

  /** The body bytes (SigV4 hashes them), put back for the resource method to read. */
  private static byte[] readBody(ContainerRequestContext request) {
    if (!request.hasEntity()) {
      return new byte[0];
    }
    try (InputStream in = request.getEntityStream()) {
      byte[] body = in.readAllBytes();
      request.setEntityStream(new ByteArrayInputStream(body));
      return body;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the request body", e);
    }
  }
}
