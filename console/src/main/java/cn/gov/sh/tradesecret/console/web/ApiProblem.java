package cn.gov.sh.tradesecret.console.web;

import java.util.Map;

/**
 * A refusal of an API as its RFC 9457 problem detail said it: the status, the platform's problem
 * type, the readable detail and the wrong fields (path as the API names it, e.g. {@code
 * rightsHolder.creditCode}, to its message). Pages show it in place, never as a stack trace.
 */
public class ApiProblem extends RuntimeException {

  private final int status;
  private final String type;
  private final String detail;
  private final Map<String, String> fieldErrors;

  public ApiProblem(int status, String type, String detail, Map<String, String> fieldErrors) {
    super(status + " " + type);
    this.status = status;
    this.type = type;
    this.detail = detail;
    this.fieldErrors = Map.copyOf(fieldErrors);
  }

  public int status() {
    return status;
  }

  /** The last segment of the problem type ({@code validation}, {@code referral-wrong-step}). */
  public String type() {
    return type;
  }

  public String detail() {
    return detail;
  }

  public Map<String, String> fieldErrors() {
    return fieldErrors;
  }

  /** The message key of the page's explanation: one per status the APIs answer with. */
  public String messageKey() {
    return switch (status) {
      case 400 -> "problem.invalid";
      case 403 -> "problem.forbidden";
      case 404 -> "problem.notFound";
      case 409 -> "problem.conflict";
      case 412 -> "problem.stale";
      case 413 -> "problem.tooLarge";
      case 422 -> "problem.unprocessable";
      case 429 -> "problem.tooMany";
      default -> "problem.unavailable";
    };
  }
}
