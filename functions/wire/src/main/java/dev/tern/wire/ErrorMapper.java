package dev.tern.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.tern.model.common.BadRequestException;
import dev.tern.model.common.ConflictException;
import dev.tern.model.common.ForbiddenException;
import dev.tern.model.common.MethodNotAllowedException;
import dev.tern.model.common.NotFoundException;
import dev.tern.model.common.PayloadTooLargeException;
import dev.tern.model.common.TernException;
import dev.tern.model.common.TooManyRequestsException;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place failures become HTTP: Pinpoint's error shape for every error, status +
 * {@code x-amzn-ErrorType: <Name>} (which the AWS SDKs read first to pick the exception class) +
 * {@code x-amzn-RequestId} + {@code {"Message","RequestID"}}.
 *
 * <p>Shared by every HTTP function through this module. RESTEasy's "no resource matches" (404) and
 * "path matches, method does not" (405) arrive here as {@link WebApplicationException}s; a 404 on a path
 * the function's {@link KnownRoutes} serve with other methods becomes the 405 it really is.
 */
public class ErrorMapper {

  private static final Logger LOG = Logger.getLogger(ErrorMapper.class);

  private final Instance<KnownRoutes> routes;

  ErrorMapper(Instance<KnownRoutes> routes) {
    this.routes = routes;
  }

  /** Domain failures: the type decides the status. */
  @ServerExceptionMapper
  public Response tern(TernException e, ContainerRequestContext request) {
    return error(status(e), e.errorType(), e.getMessage(), request);
  }

  /**
   * Malformed JSON or a member of the wrong type: 400 naming the member. Listing the subtypes makes
   * this mapper win over quarkus-rest-jackson's built-in one, which answers in its own body shape.
   */
  @ServerExceptionMapper({JsonProcessingException.class, JsonMappingException.class, MismatchedInputException.class})
  public Response json(JsonProcessingException e, ContainerRequestContext request) {
    return error(400, "BadRequestException", jsonMessage(e), request);
  }

  /** Framework answers (no route, wrong method, body reading): mapped to the modelled errors. */
  @ServerExceptionMapper
  public Response web(WebApplicationException e, ContainerRequestContext request) {
    int status = e.getResponse().getStatus();
    if (e.getCause() instanceof JsonProcessingException json) {
      return json(json, request);
    }
    if (e instanceof NotAllowedException || status == 404 && servedWithOtherMethods(request)) {
      return error(405, "MethodNotAllowedException",
          "Method " + request.getMethod() + " is not allowed on " + request.getUriInfo().getPath(), request);
    }
    return switch (status) {
      case 404 -> error(404, "NotFoundException", "No such resource: " + request.getUriInfo().getPath(), request);
      case 413 -> error(413, "PayloadTooLargeException", "Request body is too large", request);
      case 429 -> error(429, "TooManyRequestsException", "Too many requests", request);
      case 403, 401 -> error(403, "ForbiddenException", "Forbidden", request);
      default -> status >= 500
          ? unexpected(e, request)
          // Any other client error (e.g. 400 from a body that cannot be read, or a 406/415 that the
          // filters should have made impossible) is the caller's: 400, never a 5xx.
          : error(400, "BadRequestException", "Invalid request: " + e.getMessage(), request);
    };
  }

  private boolean servedWithOtherMethods(ContainerRequestContext request) {
    return routes.isResolvable() && !routes.get().methodsOf(request.getUriInfo().getRequestUri().getRawPath()).isEmpty();
  }

  /** Anything else is Tern's fault: 500, logged with the request id, no internals in the body. */
  @ServerExceptionMapper
  public Response unexpected(Throwable e, ContainerRequestContext request) {
    String id = WireFilters.requestId(request);
    LOG.errorf(e, "Internal error answering request %s", id);
    return error(500, "InternalServerErrorException", "Internal server error", request);
  }

  private static int status(TernException e) {
    // Java 17 has no pattern switch; the sealed hierarchy keeps this list complete.
    if (e instanceof BadRequestException) return 400;
    if (e instanceof ForbiddenException) return 403;
    if (e instanceof NotFoundException) return 404;
    if (e instanceof MethodNotAllowedException) return 405;
    if (e instanceof ConflictException) return 409;
    if (e instanceof PayloadTooLargeException) return 413;
    if (e instanceof TooManyRequestsException) return 429;
    throw new IllegalStateException("unmapped " + e.getClass());
  }

  /** A JSON reading failure in the caller's terms: the member path and the JSON type it wanted. */
  public static String jsonMessage(JsonProcessingException e) {
    if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      String field = m.getPath().stream()
          .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
          .collect(Collectors.joining(".")).replace(".[", "[");
      return "Invalid value for " + field + ": expected " + expected(m);
    }
    // Parse errors and anything without a member path: no Jackson internals in the answer.
    return "Malformed JSON request body";
  }

  /** The JSON type a member wanted, in the caller's terms rather than Java class names. */
  private static String expected(JsonMappingException e) {
    Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
    if (target == null) {
      return "a value of the modelled type";
    }
    if (target.isEnum()) {
      return "one of " + java.util.Arrays.toString(target.getEnumConstants());
    }
    if (Number.class.isAssignableFrom(target) || target == int.class || target == long.class) {
      return "an integer";
    }
    if (target == Boolean.class || target == boolean.class) {
      return "a boolean";
    }
    if (target == String.class) {
      return "a string";
    }
    if (java.util.Collection.class.isAssignableFrom(target)) {
      return "an array";
    }
    return "an object";
  }

  private static Response error(int status, String type, String message, ContainerRequestContext request) {
    String id = WireFilters.requestId(request);
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON)
        .header("x-amzn-ErrorType", type)
        .header("x-amzn-RequestId", id)
        .entity(new MessageBody(message, id))
        .build();
  }
}
