package dev.tern.model.endpoint;

import dev.tern.model.common.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where endpoints live, as the domain needs it. The DynamoDB adapter lives outside shared-model;
 * {@link InMemoryEndpointStore} is the fake for tests. Writes are last-writer-wins puts: the merge
 * ({@link EndpointUpdate}) and the limits ({@link EndpointPolicy}, {@link UserEndpointLimit}) run before.
 *
 * <p>{@link #scan} is shaped for DynamoDB's parallel Scan ({@code Segment}/{@code TotalSegments} and an
 * exclusive start key) so segment recalculation can fan out over workers: for a fixed
 * {@code totalSegments}, every endpoint of the app is in exactly one segment.
 */
public interface EndpointStore {

  /** The endpoint, if the application has it. */
  Optional<Endpoint> get(String applicationId, String endpointId);

  /** Creates or replaces the endpoint (keyed by application id and endpoint id). */
  void put(Endpoint endpoint);

  /** Deletes the endpoint and returns what was stored (DeleteEndpoint answers with the deleted endpoint). */
  Optional<Endpoint> delete(String applicationId, String endpointId);

  /** Every endpoint of the application whose UserId is {@code userId}. */
  List<Endpoint> endpointsOfUser(String applicationId, String userId);

  /**
   * Deletes every endpoint of the user and returns them (DeleteUserEndpoints answers with them). One
   * delete per endpoint: a user has at most 15, and each delete returns what it removed.
   */
  default List<Endpoint> deleteUserEndpoints(String applicationId, String userId) {
    List<Endpoint> deleted = new ArrayList<>();
    for (Endpoint endpoint : endpointsOfUser(applicationId, userId)) {
      delete(applicationId, endpoint.id()).ifPresent(deleted::add);
    }
    return deleted;
  }

  /**
   * One page of scan segment {@code segment} (0 ≤ segment &lt; totalSegments) over the application's
   * endpoints; pass the previous page's token, or null to start; at most {@code limit} items per page.
   * Each endpoint comes with its last recorded event, stored beside it, for segment Recency.
   */
  Page<ScannedEndpoint> scan(String applicationId, int segment, int totalSegments, String pageToken, int limit);
}
