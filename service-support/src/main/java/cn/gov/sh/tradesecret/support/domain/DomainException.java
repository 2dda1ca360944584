package cn.gov.sh.tradesecret.support.domain;

import java.util.List;

/**
 * A refusal by the domain: a rule of the procedure, an access rule or a wrong value. It knows
 * nothing of HTTP; the one error handler of a service turns each kind into an RFC 9457 problem
 * detail with the stable {@link #type()} ({@code urn:tradesecret:problem:<type>}). Never carries
 * internal details.
 */
public abstract sealed class DomainException extends RuntimeException {

  private final String type;
  private final String title;
  private final List<FieldProblem> fields;

  DomainException(String type, String title, String detail, List<FieldProblem> fields) {
    super(detail);
    this.type = type;
    this.title = title;
    this.fields = List.copyOf(fields);
  }

  /**
   * One field of the request is wrong (a rule no annotation expresses, e.g. an unknown district).
   */
  public static Invalid invalidField(String field, String message) {
    return new Invalid(
        "validation",
        "Invalid request",
        field + ": " + message,
        List.of(new FieldProblem(field, message)));
  }

  /** No such thing, or one the caller may not know exists. */
  public static NotFound notFound(String what, Object id) {
    return new NotFound(what + " " + id + " not found");
  }

  /** The caller is known; the action is not theirs to take. */
  public static Forbidden forbidden(String detail) {
    return new Forbidden("forbidden", detail, List.of());
  }

  /** The caller may not use this value of a field (e.g. a district outside their jurisdiction). */
  public static Forbidden forbiddenField(String field, String message) {
    return forbidden(field + ": " + message, List.of(new FieldProblem(field, message)));
  }

  /** The caller may not use these values, naming each field. */
  public static Forbidden forbidden(String detail, List<FieldProblem> fields) {
    return new Forbidden("forbidden", detail, fields);
  }

  /** The action does not fit the current state; {@code type} names the rule. */
  public static Conflict conflict(String type, String detail) {
    return new Conflict(type, "Conflict", detail);
  }

  /** A step the procedure does not allow from where the matter stands. */
  public static Conflict illegalTransition(String detail) {
    return new Conflict("illegal-transition", "Illegal transition", detail);
  }

  /** The caller acted on a version that is no longer the current one. */
  public static Stale stale(String detail) {
    return new Stale(detail);
  }

  /** Well-formed, but the procedure cannot act on it (e.g. a reused idempotency key). */
  public static Unprocessable unprocessable(String type, String title, String detail) {
    return new Unprocessable(type, title, detail, List.of());
  }

  /**
   * Well-formed, but the procedure cannot act on it without these fields (e.g. required materials).
   */
  public static Unprocessable unprocessable(
      String type, String title, String detail, List<FieldProblem> fields) {
    return new Unprocessable(type, title, detail, fields);
  }

  /** The problem's stable name, the last segment of its type URI. */
  public String type() {
    return type;
  }

  public String title() {
    return title;
  }

  /** The wrong fields, for bad input; empty otherwise. */
  public List<FieldProblem> fields() {
    return fields;
  }

  /** One wrong field: its JSON path in the request and what is wrong with it. */
  public record FieldProblem(String field, String message) {}

  /** Bad input, naming the fields. */
  public static final class Invalid extends DomainException {
    Invalid(String type, String title, String detail, List<FieldProblem> fields) {
      super(type, title, detail, fields);
    }

    /** Several wrong fields at once. */
    public static Invalid of(List<FieldProblem> fields, String detail) {
      return new Invalid("validation", "Invalid request", detail, fields);
    }
  }

  /** Nothing the caller may see by that name. */
  public static final class NotFound extends DomainException {
    NotFound(String detail) {
      super("not-found", "Not found", detail, List.of());
    }
  }

  /** Not the caller's to do or to see. */
  public static final class Forbidden extends DomainException {
    Forbidden(String type, String detail, List<FieldProblem> fields) {
      super(type, "Forbidden", detail, fields);
    }
  }

  /** Does not fit the current state. */
  public static non-sealed class Conflict extends DomainException {
    protected Conflict(String type, String title, String detail) {
      super(type, title, detail, List.of());
    }
  }

  /** Based on a version that has changed since. */
  public static final class Stale extends DomainException {
    Stale(String detail) {
      super("stale", "Precondition failed", detail, List.of());
    }
  }

  /** Understood, but cannot be acted on. */
  public static final class Unprocessable extends DomainException {
    Unprocessable(String type, String title, String detail, List<FieldProblem> fields) {
      super(type, title, detail, fields);
    }
  }
}
