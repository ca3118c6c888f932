/**
 * Micrometer Observation support for the ccsdk SDKs: {@link
 * io.github.ccsdk.micrometer.ObservationListener} turns every HTTP exchange a client makes into an
 * {@link io.micrometer.observation.Observation}, which the handlers of an {@link
 * io.micrometer.observation.ObservationRegistry} record as a timer, a span, or both.
 */
package io.github.ccsdk.micrometer;
