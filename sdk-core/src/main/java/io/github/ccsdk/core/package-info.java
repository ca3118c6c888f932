/**
 * What a user of a ccsdk SDK names in code: typed errors ({@link io.github.ccsdk.core.ApiException}
 * and its {@link io.github.ccsdk.core.ApiException.Kind Kind} and {@link
 * io.github.ccsdk.core.ApiException.Details Details}), model values that keep what the server sent
 * ({@link io.github.ccsdk.core.JsonField}, {@link io.github.ccsdk.core.OpenEnum}, {@link
 * io.github.ccsdk.core.UnknownVariant}, {@link io.github.ccsdk.core.InvalidDataException}),
 * responses and pages ({@link io.github.ccsdk.core.Response}, {@link io.github.ccsdk.core.Page}),
 * streamed downloads and uploads ({@link io.github.ccsdk.core.Download}, {@link
 * io.github.ccsdk.core.Upload}), and the client settings {@link io.github.ccsdk.core.RetryPolicy}
 * and {@link io.github.ccsdk.core.LogLevel}. No Feign type appears in its public signatures.
 *
 * <p>The plumbing that generated code and SDK modules call lives in {@code
 * io.github.ccsdk.core.spi}; it is not for users. Everything not public here is an implementation
 * detail and may change in any release.
 */
package io.github.ccsdk.core;
