package dev.tern.wire;

import dev.tern.model.common.PayloadTooLargeException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Request/response normalisation every Pinpoint operation needs, before routing:
 * a request id for the {@code x-amzn-RequestId} header and error bodies; the 7 MB payload quota; and
 * content negotiation that cannot fail for Pinpoint clients (they send {@code application/json},
 * older Java SDKs {@code application/x-amz-json-1.1}, some nothing at all).
 */
public class WireFilters {

  /** Request property holding this request's id. */
  public static final String REQUEST_ID = "tern.requestId";
  /**
   * Request header carrying the same id to resource methods ({@code @HeaderParam}) that echo it in a
   * success body (MessageBody). Set by {@link #normalise}, which overwrites any value a client sent.
   */
  public static final String REQUEST_ID_HEADER = "x-tern-request-id";
  /** Pinpoint's maximum request payload, 7 MB (quotas page). */
  public static final long MAX_BODY_BYTES = 7L * 1024 * 1024;

  /** Assigns the request id, enforces the payload quota and pins JSON as the negotiated type. */
  @ServerRequestFilter(preMatching = true)
  public void normalise(ContainerRequestContext request) {
    String id = UUID.randomUUID().toString();
    request.setProperty(REQUEST_ID, id);
    request.getHeaders().putSingle(REQUEST_ID_HEADER, id);
    if (request.getLength() > MAX_BODY_BYTES) {
      throw new PayloadTooLargeException(
          "Request body of " + request.getLength() + " bytes exceeds the maximum of " + MAX_BODY_BYTES + " bytes");
    }
    // Every operation reads and writes JSON whatever the headers say, so a client's unusual
    // Content-Type/Accept must never turn into a 415/406 the AWS SDKs do not model.
    request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
    request.getHeaders().putSingle(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON);
  }

  /** Puts the request id on every answer, success or error, as AWS does. */
  @ServerResponseFilter
  public void requestIdHeader(ContainerRequestContext request, ContainerResponseContext response) {
    Object id = request.getProperty(REQUEST_ID);
    if (id != null) {
      response.getHeaders().putSingle("x-amzn-RequestId", id);
    }
  }

  /** This request's id (a fresh one when the filter did not run, e.g. for a failure before it). */
  public static String requestId(ContainerRequestContext request) {
    Object id = request == null ? null : request.getProperty(REQUEST_ID);
    return id != null ? id.toString() : UUID.randomUUID().toString();
  }
}
