package io.github.ccsdk.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Replays a vendor's recorded exchanges on 127.0.0.1 for the tests of the annotated class, and
 * hands them a client of that vendor's SDK as a parameter.
 *
 * <p>One replay server per test class: it starts before the class's first test and stops after its
 * last. It serves the vendor's successful recordings packaged with the specs, then {@link #hars()}.
 * A test method (or constructor, or {@code @BeforeEach}/{@code @BeforeAll} method) may take:
 *
 * <ul>
 *   <li>the vendor's client ({@code Comm100Client}, {@code ServicePatternClient} or {@code
 *       ContactNowClient}), pointed at the server, with credentials the server accepts and no
 *       retries;
 *   <li>the same client's {@code Builder}, set up alike, to add settings before {@code build()};
 *   <li>the {@link io.github.ccsdk.conformance.ReplayServer} itself ({@code url()}).
 * </ul>
 *
 * <p>A request that matches no recording gets 501; the SDK throws its server-error exception, whose
 * message names the closest recording and what differed.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(ReplayExtension.class)
public @interface CcsdkReplay {
  /** The vendor to replay. */
  Vendor value();

  /**
   * More HAR files to replay, as class path resources ({@code "recordings/leads.har"}): served
   * after the packaged recordings, so a request both hold is answered by the packaged one first, by
   * yours after that.
   */
  String[] hars() default {};
}
