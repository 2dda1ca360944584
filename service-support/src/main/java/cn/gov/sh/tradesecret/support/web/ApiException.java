package cn.gov.sh.tradesecret.support.web;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A refusal that the API reports as an RFC 9457 problem detail with a stable type. Thrown by the
 * domain and the web layer alike; never carries internal details.
 */
public class ApiException extends RuntimeException {

  private final HttpStatus status;
  private final String type;
  private final String title;
  private final List<FieldProblem> fields;

  public ApiException(HttpStatus status, String type, String title, String detail, List<FieldProblem> fields) {
    super(detail);
    this.status = status;
    this.type = type;
    this.title = title;
    this.fields = List.copyOf(fields);
  }

  /** 400: one field of the request is wrong (a rule no annotation expresses, e.g. an unknown district). */
  public static ApiException invalidField(String field, String message) {
    return new ApiException(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
        field + ": " + message, List.of(new FieldProblem(field, message)));
  }

  /** 404: no such resource, or one the caller may not know exists. */
  public static ApiException notFound(String what, Object id) {
    return new ApiException(HttpStatus.NOT_FOUND, "not-found", "Not found", what + " " + id + " not found", List.of());
  }

  /** 403: the caller is known, the action is not theirs to take. */
  public static ApiException forbidden(String detail) {
    return new ApiException(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail, List.of());
  }

  /** 409: the action does not fit the resource's current state. */
  public static ApiException conflict(String type, String detail) {
    return new ApiException(HttpStatus.CONFLICT, type, "Conflict", detail, List.of());
  }

  public HttpStatus status() {
    return status;
  }

  public String type() {
    return type;
  }

  public String title() {
    return title;
  }

  public List<FieldProblem> fields() {
    return fields;
  }

  /** One wrong field: its JSON path in the request and what is wrong with it. */
  public record FieldProblem(String field, String message) {}
}
