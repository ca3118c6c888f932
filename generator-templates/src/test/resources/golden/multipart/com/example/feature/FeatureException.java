package com.example.feature;

import io.github.ccsdk.core.ApiException;
import io.github.ccsdk.core.ExceptionFactory;

/**
 * An error from the Feature SDK: an HTTP error response, a response that could not be read, or a
 * transport failure. Catch a nested subclass for one kind of failure, or this class for all.
 */
public class FeatureException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the subclass that fits each failure; the runtime calls it. */
  public static final ExceptionFactory FACTORY = FeatureException::create;

  FeatureException(Details details, Throwable cause) {
    super(details, cause);
  }

  private static ApiException create(Details details, Throwable cause) {
    return switch (details.kind()) {
      case BAD_REQUEST -> new BadRequest(details, cause);
      case UNAUTHORIZED -> new Unauthorized(details, cause);
      case FORBIDDEN -> new Forbidden(details, cause);
      case NOT_FOUND -> new NotFound(details, cause);
      case RATE_LIMITED -> new RateLimited(details, cause);
      case SERVER_ERROR -> new ServerError(details, cause);
      case IO -> new Io(details, cause);
      case UNEXPECTED_RESPONSE -> new UnexpectedResponse(details, cause);
      case HTTP_ERROR -> new FeatureException(details, cause);
    };
  }

  /** 400: the request was not valid. */
  public static final class BadRequest extends FeatureException {
    private static final long serialVersionUID = 1L;

    BadRequest(Details details, Throwable cause) {
      super(details, cause);
    }
  }

  /** 401: credentials missing, wrong or expired. */
  public static final class Unauthorized extends FeatureException {
    private static final long serialVersionUID = 1L;

    Unauthorized(Details details, Throwable cause) {
      super(details, cause);
    }
  }

  /** 403: the credentials do not allow this call. */
  public static final class Forbidden extends FeatureException {
    private static final long serialVersionUID = 1L;

    Forbidden(Details details, Throwable cause) {
      super(details, cause);
    }
  }

  /** 404: no such resource. */
  public static final class NotFound extends FeatureException {
    private static final long serialVersionUID = 1L;

    NotFound(Details details, Throwable cause) {
      super(details, cause);
    }
  }

  /** 429: too many requests; see {@code details().retryAfter()}. */
  public static final class RateLimited extends FeatureException {
    private static final long serialVersionUID = 1L;

    RateLimited(Details details, Throwable cause) {
      super(details, cause);
    }
  }

  /** 5xx: the server failed. */
  public static final class ServerError extends FeatureException {
    private static final long serialVersionUID = 1L;

    ServerError(Details details, Throwable cause) {
      super(details, cause);
    }
  }

  /** No usable HTTP exchange: timeout, connection refused or reset. */
  public static final class Io extends FeatureException {
    private static final long serialVersionUID = 1L;

    Io(Details details, Throwable cause) {
      super(details, cause);
    }
  }

  /** A success status whose body could not be read as the spec promised. */
  public static final class UnexpectedResponse extends FeatureException {
    private static final long serialVersionUID = 1L;

    UnexpectedResponse(Details details, Throwable cause) {
      super(details, cause);
    }
  }
}
