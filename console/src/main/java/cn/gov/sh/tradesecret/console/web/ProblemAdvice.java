package cn.gov.sh.tradesecret.console.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refusal that a page did not show in place (beside a field) becomes a readable message: the
 * whole page for a page, a fragment in place for an htmx request. Nothing of what the API did not
 * return is shown: a 404 says only "not found".
 */
@ControllerAdvice
class ProblemAdvice {

  @ExceptionHandler(ApiProblem.class)
  ModelAndView problem(
      ApiProblem problem, HttpServletRequest request, HttpServletResponse response) {
    boolean htmx = request.getHeader("HX-Request") != null;
    if (problem.status() == 401 && !htmx && "GET".equals(request.getMethod())) {
      // the session's token was refused and dropped: loading the page again logs in again
      return new ModelAndView(
          "redirect:" + request.getRequestURI().substring(request.getContextPath().length()));
    }
    ModelAndView view = new ModelAndView(htmx ? "fragments/problem :: problem" : "problem");
    view.addObject("problem", problem);
    if (htmx) {
      // htmx swaps only successful answers: the message goes in place of the form's result.
      response.setHeader("HX-Retarget", "#messages");
      response.setHeader("HX-Reswap", "innerHTML");
      view.setStatus(org.springframework.http.HttpStatus.OK);
    } else {
      view.setStatus(org.springframework.http.HttpStatus.valueOf(problem.status()));
    }
    return view;
  }
}
