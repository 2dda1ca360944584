package cn.gov.sh.tradesecret.notifications.web;

import cn.gov.sh.tradesecret.support.domain.DomainException.FieldProblem;
import cn.gov.sh.tradesecret.support.web.ApiExceptionHandler;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a request body larger than {@code platform.notifications.max-request-bytes} (16 KiB) with
 * a 400 problem before it is read: no request of this API needs more.
 */
@Component
class RequestBodyLimit extends OncePerRequestFilter {

  private final long maxBytes;
  private final JsonMapper json;

  RequestBodyLimit(
      @Value("${platform.notifications.max-request-bytes:16384}") long maxBytes, JsonMapper json) {
    this.maxBytes = maxBytes;
    this.json = json;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > maxBytes) {
      String message = "the body exceeds " + maxBytes + " bytes";
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      json.writeValue(
          response.getOutputStream(),
          ApiExceptionHandler.problem(
              HttpStatus.BAD_REQUEST,
              "validation",
              "Invalid request",
              message,
              List.of(new FieldProblem("", message))));
      return;
    }
    chain.doFilter(request, response);
  }
}
