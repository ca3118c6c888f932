package io.github.ccsdk.core.spi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a generated API method whose spec declares parameters that are set once on the client (spec
 * extension {@code x-ccsdk-client-parameter}: {@code siteId}, {@code format}...) rather than passed
 * on every call. The runtime adds the values given to the client builder's {@code
 * clientParameter(name, value)}; a parameter the builder has no value for is left out.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ClientParameters {
  /** Names of query parameters the client fills in. */
  String[] query() default {};

  /** Names of headers the client fills in. */
  String[] header() default {};
}
