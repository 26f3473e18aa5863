/**
 * The journey domain, framework-free (issue 4: journeys are stored and validated; execution comes later).
 *
 * <pre>
 *  Create/UpdateJourney ─▶ JourneyTransitions.onCreate/onUpdate ─▶ JourneyValidator (JourneyPolicies)
 *                       ─▶ JourneyStore (conditional on revision)
 *  UpdateJourneyState   ─▶ JourneyTransitions.onStateRequest ─▶ JourneyValidator when publishing ─▶ JourneyStore
 * </pre>
 *
 * <p>{@link dev.tern.model.journey.JourneyDefinition} mirrors WriteJourneyRequest; activities are the sealed
 * {@link dev.tern.model.journey.Activity} with a visitor. Event and segment dimensions inside conditions are
 * kept verbatim ({@link dev.tern.model.journey.OpaqueDimensions}) until the executor evaluates them.
 * Sources: the botocore model ({@code pinpoint/2016-12-01}) and /work/shared/reference/pinpoint-api.md §4.6,
 * §5.2; Tern's own readings are marked [inference] where they are made.
 */
package dev.tern.model.journey;
