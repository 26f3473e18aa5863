package dev.tern.wire;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The Pinpoint operation a JAX-RS resource method serves, e.g. {@code @Operation("GetApp")}: the name
 * {@link AuthFilter} authorises (role and app scope are decided per operation). Every resource method
 * must carry it; a test fails the build otherwise, and a request reaching a method without it is
 * refused, never let through.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Operation {

  /** Pinpoint's operation name, exactly as in its API model (botocore's service-2.json). */
  String value();
}
