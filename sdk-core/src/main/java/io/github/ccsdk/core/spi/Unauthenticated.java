package io.github.ccsdk.core.spi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a generated API method whose spec says {@code security: []}, such as the call that obtains
 * a token: the {@link Auth} interceptors send no credentials on it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Unauthenticated {}
