package cn.gov.sh.tradesecret.console.web;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A form sent to an API step. What the API refuses of the form's content (400, 422) comes back to
 * the page, to be shown beside the fields with the form as typed; any other refusal (403, 404, 409,
 * 412) goes on to {@link ProblemAdvice}, which explains it in place of the page.
 */
public final class Forms {

  private Forms() {}

  /**
   * Runs {@code step} (which answers the view to go to); on a refusal of the form's content,
   * answers {@code showAgain}'s view instead.
   */
  public static String submit(Supplier<String> step, Function<ApiProblem, String> showAgain) {
    try {
      return step.get();
    } catch (ApiProblem problem) {
      if (problem.status() != 400 && problem.status() != 422) {
        throw problem;
      }
      return showAgain.apply(problem);
    }
  }
}
