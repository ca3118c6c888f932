package io.github.ccsdk.core.spi;

import io.github.ccsdk.core.ApiException;

/** A hand-written SDK exception family, shaped like the generated ones. */
class TestException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Where the test vendor's error bodies carry code and message, as a spec would mark them. */
  static final ErrorFormat ERROR_FORMAT = ErrorFormat.json("code", "message");

  static final ExceptionFactory FACTORY = ExceptionFactory.of(ERROR_FORMAT, TestException::create);

  TestException(Details details, Throwable cause) {
    super(details, cause);
  }

  private static ApiException create(Details details, Throwable cause) {
    return switch (details.kind()) {
      case UNAUTHORIZED -> new Unauthorized(details, cause);
      case NOT_FOUND -> new NotFound(details, cause);
      case SERVER_ERROR -> new ServerError(details, cause);
      case RATE_LIMITED -> new RateLimited(details, cause);
      case IO -> new Io(details, cause);
      case UNEXPECTED_RESPONSE -> new UnexpectedResponse(details, cause);
      default -> new TestException(details, cause);
    };
  }

  static final class Unauthorized extends TestException {
    private static final long serialVersionUID = 1L;

    Unauthorized(Details details, Throwable cause) {
      super(details, cause);
    }
  }

  static final class NotFound extends TestException {
    private static final long serialVersionUID = 1L;

    NotFound(Details details, Throwable cause) {
      super(details, cause);
    }
  }

  static final class ServerError extends TestException {
    private static final long serialVersionUID = 1L;

    ServerError(Details details, Throwable cause) {
      super(details, cause);
    }
  }

  static final class RateLimited extends TestException {
    private static final long serialVersionUID = 1L;

    RateLimited(Details details, Throwable cause) {
      super(details, cause);
    }
  }

  static final class Io extends TestException {
    private static final long serialVersionUID = 1L;

    Io(Details details, Throwable cause) {
      super(details, cause);
    }
  }

  static final class UnexpectedResponse extends TestException {
    private static final long serialVersionUID = 1L;

    UnexpectedResponse(Details details, Throwable cause) {
      super(details, cause);
    }
  }
}
