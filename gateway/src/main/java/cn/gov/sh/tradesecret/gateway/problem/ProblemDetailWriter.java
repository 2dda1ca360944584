package cn.gov.sh.tradesecret.gateway.problem;

import cn.gov.sh.tradesecret.gateway.correlation.CorrelationIdFilter;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an RFC 9457 problem detail ({@code application/problem+json}) as the response: stable
 * {@code type}, {@code title}, {@code status}, a fixed {@code detail} text, the request path as
 * {@code instance} and the request's {@code correlationId}. Callers pass fixed texts, never an
 * exception message.
 */
@Component
public class ProblemDetailWriter {

  /** Base of the problem type URIs of the platform. */
  public static final String TYPE_BASE = "urn:tradesecret:problem:";

  private final JsonMapper jsonMapper;

  ProblemDetailWriter(JsonMapper jsonMapper) {
    this.jsonMapper = jsonMapper;
  }

  /** The problem type URI named {@code slug}, e.g. {@code unauthenticated}. */
  public static URI type(String slug) {
    return URI.create(TYPE_BASE + slug);
  }

  public Mono<Void> write(ServerWebExchange exchange, HttpStatus status, URI type, String detail) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", type.toString());
    problem.put("title", status.getReasonPhrase());
    problem.put("status", status.value());
    problem.put("detail", detail);
    problem.put("instance", exchange.getRequest().getPath().value());
    Object correlationId = exchange.getAttribute(CorrelationIdFilter.ATTRIBUTE);
    if (correlationId != null) {
      problem.put("correlationId", correlationId);
    }
    ServerHttpResponse response = exchange.getResponse();
    response.setStatusCode(status);
    response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    DataBuffer body = response.bufferFactory().wrap(this.jsonMapper.writeValueAsBytes(problem));
    return response.writeWith(Mono.just(body));
  }
}
