package dev.tern.model.event;

import dev.tern.model.common.BadRequestException;
import dev.tern.model.endpoint.EndpointPolicy;
import dev.tern.model.endpoint.EndpointService;
import dev.tern.model.endpoint.EndpointUpdate;
import dev.tern.model.endpoint.Violation;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * PutEvents: per endpoint, upsert its Endpoint part (the same domain as UpdateEndpoint) and accept or reject
 * each of its events; accepted events go on the {@link EventQueue} for the event recorder. One bad endpoint
 * or event never rejects its neighbours: each gets its own status (202, 400, or 500 when the queue refused
 * it, which Pinpoint clients such as Amplify retry). Only a request that is bad as a whole (an unknown app,
 * more than {@value EventPolicy#MAX_EVENTS_PER_REQUEST} events) is an exception.
 *
 * <p>An event is accepted even when its endpoint's part was rejected: the event happened, and the recorder
 * ignores activity of endpoints that do not exist.
 */
public final class EventIngest {

  private final EndpointService endpoints;
  private final EventQueue queue;
  private final Clock clock;

  /** Ingest over the endpoint use cases, the queue and a clock for the receipt time. */
  public EventIngest(EndpointService endpoints, EventQueue queue, Clock clock) {
    this.endpoints = endpoints;
    this.queue = queue;
    this.clock = clock;
  }

  /** One event as the edge read it: the event, or null with the reasons it could not be read. */
  public record EventInput(String eventId, Event event, List<Violation> violations) {}

  /** One entry of the request's BatchItem map: the endpoint id, its Endpoint part (or why it is unreadable), its events. */
  public record BatchInput(String endpointId, EndpointUpdate endpoint, List<Violation> endpointViolations, List<EventInput> events) {}

  /** A per-item status as PutEvents reports it: 202 accepted, 400 invalid, 500 retry. */
  public record Result(int statusCode, String message) {
    static final Result ACCEPTED = new Result(202, "Accepted");
  }

  /** What happened to one endpoint and its events. */
  public record BatchResult(Result endpoint, Map<String, Result> events) {}

  /** Ingests every batch; the result has one entry per endpoint id of the request. */
  public Map<String, BatchResult> ingest(String applicationId, List<BatchInput> batches, String requestId) {
    int count = batches.stream().mapToInt(b -> b.events().size()).sum();
    if (count > EventPolicy.MAX_EVENTS_PER_REQUEST) {
      throw new BadRequestException("BatchItem: a request can contain at most " + EventPolicy.MAX_EVENTS_PER_REQUEST
          + " events, got " + count);
    }
    List<EndpointService.Item> upserts = new ArrayList<>();
    for (BatchInput batch : batches) {
      if (batch.endpointViolations().isEmpty()) {
        upserts.add(new EndpointService.Item(batch.endpointId(),
            batch.endpoint() == null ? EndpointUpdate.EMPTY : batch.endpoint()));
      }
    }
    // Also the 404 for an unknown application, before anything is queued.
    Map<String, Optional<String>> upserted = endpoints.upsertEach(applicationId, upserts, requestId);

    Instant now = clock.instant();
    Map<String, BatchResult> results = new LinkedHashMap<>();
    Map<RecordedEvent, Map<String, Result>> queued = new LinkedHashMap<>();
    for (BatchInput batch : batches) {
      Result endpoint = !batch.endpointViolations().isEmpty()
          ? new Result(400, messages(batch.endpointViolations()))
          : upserted.get(batch.endpointId()).map(m -> new Result(400, m)).orElse(Result.ACCEPTED);
      Map<String, Result> events = new LinkedHashMap<>();
      // Ids become table keys (EventKey, the endpoint's key): too long an id is the event's 400, never a
      // poison message for the recorder.
      Optional<Violation> badEndpointId = EndpointPolicy.checkEndpointId(batch.endpointId(), "BatchItem key");
      for (EventInput input : batch.events()) {
        List<Violation> violations = new ArrayList<>(input.violations());
        badEndpointId.ifPresent(violations::add);
        EndpointPolicy.checkEndpointId(input.eventId(), "Events key").ifPresent(violations::add);
        if (input.event() != null) {
          violations.addAll(EventPolicy.validate(input.event()));
        }
        if (!violations.isEmpty()) {
          events.put(input.eventId(), new Result(400, messages(violations)));
        } else {
          events.put(input.eventId(), Result.ACCEPTED);
          queued.put(RecordedEvent.of(applicationId, batch.endpointId(), input.event(), now, requestId), events);
        }
      }
      results.put(batch.endpointId(), new BatchResult(endpoint, events));
    }
    if (!queued.isEmpty()) {
      for (RecordedEvent failed : queue.publish(List.copyOf(queued.keySet()))) {
        queued.get(failed).put(failed.event().id(), new Result(500, "The event could not be queued; retry it"));
      }
    }
    return results;
  }

  private static String messages(List<Violation> violations) {
    return violations.stream().map(Violation::message).collect(Collectors.joining("; "));
  }
}
