package dev.tern.wire;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a type serialised in Pinpoint's style: PascalCase member names (explicit
 * {@code @JsonProperty} names such as {@code tags} are kept) and absent members omitted, not null.
 * Per type, not on the global ObjectMapper: quarkus-amazon-lambda copies that mapper to write the
 * Lambda response envelope, whose members ({@code statusCode}, {@code body}) must stay camelCase.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@JacksonAnnotationsInside
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public @interface PinpointJson {}
