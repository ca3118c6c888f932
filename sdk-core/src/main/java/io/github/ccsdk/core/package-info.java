/**
 * The runtime every generated ccsdk SDK calls: Feign wiring ({@link
 * io.github.ccsdk.core.AbstractClientBuilder}, {@link io.github.ccsdk.core.ApiFactory}), models
 * that keep what the server sent ({@link io.github.ccsdk.core.JsonField}, {@link
 * io.github.ccsdk.core.OpenEnum}), typed errors ({@link io.github.ccsdk.core.ApiException}),
 * retries ({@link io.github.ccsdk.core.RetryPolicy}), streamed downloads and multipart uploads, and
 * logging that never prints credentials.
 *
 * <p>Everything not public here is an implementation detail and may change in any release.
 */
package io.github.ccsdk.core;
