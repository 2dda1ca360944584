package cn.gov.sh.tradesecret.support.consumer;

/**
 * A message that is not a readable event: retrying cannot help, it goes to the dead-letter topic.
 */
public class MalformedEventException extends RuntimeException {

  public MalformedEventException(String message, Throwable cause) {
    super(message, cause);
  }
}
