package cn.gov.sh.tradesecret.support.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/** Takes the request's correlation id (set by the gateway) or makes one, and returns it. */
public class CorrelationIdFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String correlationId = Correlation.acceptOrNew(request.getHeader(Correlation.HEADER));
    MDC.put(Correlation.MDC_KEY, correlationId);
    response.setHeader(Correlation.HEADER, correlationId);
    try {
      chain.doFilter(request, response);
    } finally {
      MDC.remove(Correlation.MDC_KEY);
    }
  }
}
