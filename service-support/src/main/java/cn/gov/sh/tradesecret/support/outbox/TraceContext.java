package cn.gov.sh.tradesecret.support.outbox;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The W3C trace context ({@code traceparent}) of the current span, so that an event published later
 * by the outbox relay still belongs to the trace of the request that caused it.
 */
public class TraceContext {

  /** The W3C Trace Context header, also the CloudEvents distributed-tracing attribute name. */
  public static final String HEADER = "traceparent";

  private final ObjectProvider<Tracer> tracer;

  public TraceContext(ObjectProvider<Tracer> tracer) {
    this.tracer = tracer;
  }

  /** {@code 00-<trace id>-<span id>-<flags>} of the current span, if there is one. */
  public Optional<String> traceparent() {
    Tracer current = tracer.getIfAvailable();
    Span span = current == null ? null : current.currentSpan();
    if (span == null) {
      return Optional.empty();
    }
    var context = span.context();
    return Optional.of(
        "00-"
            + context.traceId()
            + "-"
            + context.spanId()
            + "-"
            + (Boolean.TRUE.equals(context.sampled()) ? "01" : "00"));
  }
}
