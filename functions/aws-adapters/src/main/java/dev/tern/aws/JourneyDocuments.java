package dev.tern.aws;

import dev.tern.model.journey.JourneyDefinition;

/**
 * How {@link DynamoDbJourneyStore} turns a journey definition into one string attribute and back. The
 * definition is a deep tree (activities, conditions, schedules) that is always read and written whole, so
 * one document beats a nested attribute map; the api function supplies the format (Pinpoint's JSON).
 */
public interface JourneyDocuments {

  /** The document for {@code definition}. */
  String write(JourneyDefinition definition);

  /** The definition a document written by {@link #write} holds. */
  JourneyDefinition read(String document);
}
