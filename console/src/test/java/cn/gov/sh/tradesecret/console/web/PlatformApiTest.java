package cn.gov.sh.tradesecret.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Problem details as the pages read them. */
class PlatformApiTest {

  @Test
  void readsTheFieldsOfAValidationProblem() {
    ApiProblem problem =
        PlatformApi.problem(
            400,
            """
            {"type":"urn:tradesecret:problem:validation","status":400,"detail":"bad",
             "errors":[{"field":"rightsHolder.creditCode","message":"not a credit code"},
                       {"field":"claimedAmount","message":"must not be null"},
                       {"field":"claimedAmount","message":"must be positive"}]}"""
                .getBytes(StandardCharsets.UTF_8));

    assertThat(problem.type()).isEqualTo("validation");
    assertThat(problem.messageKey()).isEqualTo("problem.invalid");
    assertThat(problem.fieldErrors())
        .containsEntry("rightsHolder.creditCode", "not a credit code")
        .containsEntry("claimedAmount", "must not be null; must be positive");
  }

  @Test
  void anAnswerThatIsNoProblemDetailKeepsItsStatus() {
    ApiProblem problem =
        PlatformApi.problem(502, "<html>Bad gateway</html>".getBytes(StandardCharsets.UTF_8));

    assertThat(problem.status()).isEqualTo(502);
    assertThat(problem.fieldErrors()).isEmpty();
    assertThat(problem.messageKey()).isEqualTo("problem.unavailable");
  }

  @Test
  void eachRefusalStatusHasItsOwnMessage() {
    assertThat(PlatformApi.problem(403, new byte[0]).messageKey()).isEqualTo("problem.forbidden");
    assertThat(PlatformApi.problem(404, new byte[0]).messageKey()).isEqualTo("problem.notFound");
    assertThat(PlatformApi.problem(409, new byte[0]).messageKey()).isEqualTo("problem.conflict");
    assertThat(PlatformApi.problem(412, new byte[0]).messageKey()).isEqualTo("problem.stale");
    assertThat(PlatformApi.problem(422, new byte[0]).messageKey())
        .isEqualTo("problem.unprocessable");
  }
}
