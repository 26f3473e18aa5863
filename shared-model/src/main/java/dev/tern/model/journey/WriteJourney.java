package dev.tern.model.journey;

/**
 * The command of CreateJourney and UpdateJourney: the definition and the {@code State} the client asked
 * for (null when absent, which means DRAFT on create and "keep" on update). The request's CreationDate and
 * LastModifiedDate members are the server's to set and are not carried.
 */
public record WriteJourney(JourneyDefinition definition, JourneyState requestedState) {}
