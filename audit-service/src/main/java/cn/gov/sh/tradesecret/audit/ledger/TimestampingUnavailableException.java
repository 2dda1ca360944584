package cn.gov.sh.tradesecret.audit.ledger;

/**
 * The timestamping authority could not be reached, refused the request, or answered something that
 * is not a valid token for it: nothing was signed or checked, try again later.
 */
public class TimestampingUnavailableException extends RuntimeException {

  public TimestampingUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
