package dev.tern.recorder;

import dev.tern.model.endpoint.EndpointActivity;
import dev.tern.model.event.EventRecorder;
import dev.tern.model.event.EventStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The recorder use case over functions/stores' EventsTable and EndpointsTable adapters ({@code tern.events.table},
 * {@code tern.endpoints.table}). Tests replace the two ports.
 */
@ApplicationScoped
public class Wiring {

  /** The recorder use case. */
  @Produces
  @Singleton
  EventRecorder eventRecorder(EventStore events, EndpointActivity activity) {
    return new EventRecorder(events, activity);
  }
}
