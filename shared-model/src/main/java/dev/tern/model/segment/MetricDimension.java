package dev.tern.model.segment;

/** Pinpoint's {@code MetricDimension}: compare a custom endpoint metric with a number. */
public record MetricDimension(ComparisonOperator comparisonOperator, double value) {}
