/**
 * The runtime's plumbing, for generated code and SDK modules only: the Feign wiring ({@link
 * io.github.ccsdk.core.spi.AbstractClientBuilder}, {@link io.github.ccsdk.core.spi.ApiFactory}),
 * authentication ({@link io.github.ccsdk.core.spi.Auth}, {@link
 * io.github.ccsdk.core.spi.TokenRenewal}), error formats and factories ({@link
 * io.github.ccsdk.core.spi.ErrorFormat}, {@link io.github.ccsdk.core.spi.ExceptionFactory}), the
 * shared JSON mapper ({@link io.github.ccsdk.core.spi.Json}), model helpers ({@link
 * io.github.ccsdk.core.spi.Models}), redaction, and the encoders, decoders, retryer and logger
 * behind them.
 *
 * <p><b>Not for users of an SDK.</b> Its types may appear in the SDK classes users call (a client
 * extends a generated class that holds an {@code ApiFactory}), but user code should never name
 * them. This package has no compatibility promise: anything in it may change or go in any release,
 * and the Java API gate does not check it. What users name lives in {@code io.github.ccsdk.core}.
 */
package io.github.ccsdk.core.spi;
