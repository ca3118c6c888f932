package io.github.ccsdk.core.spi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a generated API method whose request body the spec makes optional: a {@code null} body
 * argument sends the request without a body. On any other method a {@code null} body is refused
 * with a {@link NullPointerException} naming the method.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface OptionalBody {}
