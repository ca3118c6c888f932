package io.github.ccsdk.core.spi;

import io.github.ccsdk.core.Page;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a generated Feign method answering a {@link Page}: the answer is a JSON object (a list
 * envelope) whose {@link #items()} property holds the rows, whose {@link #total()} property, if
 * any, their count, and whose {@link #next()} property, if any, links the next page. The runtime
 * decodes the rows straight into the page; an answer of another shape is an {@code
 * UNEXPECTED_RESPONSE}. For generated code.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Envelope {
  /** The property holding the rows. */
  String items();

  /** The property holding the row count; empty if the envelope has none. */
  String total() default "";

  /** The property linking the next page (blank, null or missing on the last); empty if none. */
  String next() default "";
}
