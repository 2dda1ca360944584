package cn.gov.sh.tradesecret.support.web;

import cn.gov.sh.tradesecret.support.domain.DomainException;
import cn.gov.sh.tradesecret.support.domain.DomainException.FieldProblem;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The one error handler of a service: every refusal is an RFC 9457 problem detail with a stable
 * {@code type} and, for bad input, the wrong fields in {@code errors}. No exception message of a
 * library and no stack trace reaches a response.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  /** Prefix of the problem types; the last segment names the problem. */
  public static final String TYPE_PREFIX = "urn:tradesecret:problem:";

  private static final String RETRY_AFTER_SECONDS = "5";

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(DomainException.class)
  ResponseEntity<Object> handleRefusal(DomainException e) {
    HttpStatus status = statusOf(e);
    return ResponseEntity.status(status)
        .body(problem(status, e.type(), e.title(), e.getMessage(), e.fields()));
  }

  /** Where each kind of refusal stands in HTTP. */
  static HttpStatus statusOf(DomainException e) {
    if (e instanceof DomainException.Invalid) {
      return HttpStatus.BAD_REQUEST;
    } else if (e instanceof DomainException.Forbidden) {
      return HttpStatus.FORBIDDEN;
    } else if (e instanceof DomainException.NotFound) {
      return HttpStatus.NOT_FOUND;
    } else if (e instanceof DomainException.Stale) {
      return HttpStatus.PRECONDITION_FAILED;
    } else if (e instanceof DomainException.Unprocessable) {
      return HttpStatus.UNPROCESSABLE_CONTENT;
    }
    return HttpStatus.CONFLICT;
  }

  @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
  ResponseEntity<Object> handleConcurrentChange(ObjectOptimisticLockingFailureException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT)
        .body(
            problem(
                HttpStatus.CONFLICT,
                "concurrent-change",
                "Conflict",
                "the resource was changed by someone else meanwhile; reload it and try again",
                List.of()));
  }

  /**
   * The database is down, hung or overloaded: the pool gives up within its connection timeout and a
   * hung query at its socket timeout, so the caller learns within seconds to come back later,
   * instead of waiting 30 s for a 500.
   */
  @ExceptionHandler({
    org.springframework.dao.DataAccessResourceFailureException.class,
    org.springframework.dao.TransientDataAccessException.class,
    org.springframework.transaction.CannotCreateTransactionException.class
  })
  ResponseEntity<Object> handleUnavailableDatabase(Exception e) {
    log.warn("Database unavailable: {}", e.getMessage());
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
        .body(
            problem(
                HttpStatus.SERVICE_UNAVAILABLE,
                "unavailable",
                "Service unavailable",
                "the service cannot reach its database; nothing was changed, try again shortly",
                List.of()));
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldProblem> fields =
        e.getBindingResult().getFieldErrors().stream()
            .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
            .sorted(java.util.Comparator.comparing(FieldProblem::field))
            .toList();
    return ResponseEntity.badRequest().body(validationProblem(fields));
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldProblem> fields =
        e.getParameterValidationResults().stream()
            .flatMap(
                result ->
                    result.getResolvableErrors().stream()
                        .map(
                            error ->
                                new FieldProblem(
                                    result.getMethodParameter().getParameterName(),
                                    error.getDefaultMessage())))
            .toList();
    return ResponseEntity.badRequest().body(validationProblem(fields));
  }

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      org.springframework.beans.TypeMismatchException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String name =
        e
                instanceof
                org.springframework.web.method.annotation.MethodArgumentTypeMismatchException
                    mismatch
            ? mismatch.getName()
            : e.getPropertyName();
    return ResponseEntity.badRequest()
        .body(
            validationProblem(
                List.of(
                    new FieldProblem(
                        name == null ? "" : name, "must be " + describe(e.getRequiredType())))));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    Throwable cause = jacksonCause(e);
    FieldProblem field;
    if (cause instanceof StorableText.UnstorableTextException unstorable) {
      field = new FieldProblem(path(unstorable), StorableText.REFUSAL);
    } else if (cause instanceof UnrecognizedPropertyException unknown) {
      field = new FieldProblem(path(unknown), "unknown field");
    } else if (cause instanceof InvalidFormatException invalid) {
      field = new FieldProblem(path(invalid), "must be " + describe(invalid.getTargetType()));
    } else if (cause instanceof MismatchedInputException mismatched
        && !path(mismatched).isEmpty()) {
      field = new FieldProblem(path(mismatched), "must be " + describe(mismatched.getTargetType()));
    } else if (cause instanceof DatabindException databind && !path(databind).isEmpty()) {
      field = new FieldProblem(path(databind), "has an invalid value");
    } else if (cause instanceof JacksonException) {
      field = new FieldProblem("", "the body is not well-formed JSON");
    } else {
      field = new FieldProblem("", "the body is missing or unreadable");
    }
    return ResponseEntity.badRequest().body(validationProblem(List.of(field)));
  }

  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    if (status.is5xxServerError()) {
      log.error("Request failed", e);
    }
    return super.handleExceptionInternal(e, body, headers, status, request);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> handleUnexpected(Exception e) throws Exception {
    if (e instanceof org.springframework.security.access.AccessDeniedException
        || e instanceof org.springframework.security.core.AuthenticationException) {
      throw e; // Spring Security answers these itself
    }
    log.error("Unexpected failure", e);
    return ResponseEntity.internalServerError()
        .body(
            problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal",
                "Internal error",
                "the request could not be completed; the operators were told",
                List.of()));
  }

  /** The outermost Jackson exception in the chain: it knows the JSON path, its causes do not. */
  private static Throwable jacksonCause(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof JacksonException) {
        return cause;
      }
    }
    return e;
  }

  static ProblemDetail validationProblem(List<FieldProblem> fields) {
    String detail =
        fields.stream()
            .map(f -> (f.field().isEmpty() ? "" : f.field() + ": ") + f.message())
            .collect(Collectors.joining("; "));
    return problem(HttpStatus.BAD_REQUEST, "validation", "Invalid request", detail, fields);
  }

  /** A problem detail of this platform. */
  public static ProblemDetail problem(
      HttpStatus status, String type, String title, String detail, List<FieldProblem> fields) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create(TYPE_PREFIX + type));
    problem.setTitle(title);
    if (!fields.isEmpty()) {
      problem.setProperty("errors", fields);
    }
    return problem;
  }

  private static String path(DatabindException e) {
    StringBuilder path = new StringBuilder();
    for (var reference : e.getPath()) {
      if (reference.getPropertyName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(reference.getPropertyName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String describe(Class<?> type) {
    if (type == null) {
      return "of another type";
    }
    if (type.isEnum()) {
      return "one of " + java.util.Arrays.toString(type.getEnumConstants());
    }
    if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
      return "an ISO-8601 " + (type == java.time.LocalDate.class ? "date" : "timestamp");
    }
    if (type == java.util.UUID.class) {
      return "a UUID";
    }
    if (type == String.class) {
      return "a string";
    }
    if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    return "an object";
  }
}
