package cn.gov.sh.tradesecret.support.web;

import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * The correlation id that ties a request to the events it causes and to what consumers do with
 * them. It lives in the logging context (MDC key {@value #MDC_KEY}), so every log line carries it.
 */
public final class Correlation {

  public static final String HEADER = "X-Correlation-Id";
  public static final String MDC_KEY = "correlationId";
  private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9-]{1,64}");

  private Correlation() {}

  /** The current correlation id, or a new one when there is none. */
  public static String currentOrNew() {
    String current = MDC.get(MDC_KEY);
    return current != null ? current : UUID.randomUUID().toString();
  }

  /** {@code candidate} when it is a well-formed id, else a new one. */
  public static String acceptOrNew(String candidate) {
    return candidate != null && WELL_FORMED.matcher(candidate).matches()
        ? candidate
        : UUID.randomUUID().toString();
  }

  /** Runs {@code work} with {@code correlationId} in the logging context. */
  public static void run(String correlationId, Runnable work) {
    String previous = MDC.get(MDC_KEY);
    MDC.put(MDC_KEY, acceptOrNew(correlationId));
    try {
      work.run();
    } finally {
      if (previous == null) {
        MDC.remove(MDC_KEY);
      } else {
        MDC.put(MDC_KEY, previous);
      }
    }
  }
}
