package cn.gov.sh.tradesecret.cases.infringement;

import static cn.gov.sh.tradesecret.cases.infringement.CaseRules.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MediationTest {

  private static final String AGREEMENT = "AB".repeat(32);

  @Test
  void isBeforeTheCourtOfTheCasesDistrictUnlessAnotherIsNamed() {
    assertThat(
            Mediation.concluded(null, "310117", AGREEMENT, shanghai("2031-03-03T10:00"))
                .getCourtUnit())
        .isEqualTo("COURT-310117");
    assertThat(
            Mediation.concluded("COURT-310000", "310117", AGREEMENT, shanghai("2031-03-03T10:00"))
                .getCourtUnit())
        .isEqualTo("COURT-310000");
  }

  @Test
  void keepsTheAgreementsFingerprintInLowerCaseAndWhenItWasConcluded() {
    Mediation mediation =
        Mediation.concluded(null, "310117", AGREEMENT, shanghai("2031-03-03T10:00"));

    assertThat(mediation.getAgreementSha256()).isEqualTo("ab".repeat(32));
    assertThat(mediation.getConcludedAt()).isEqualTo(shanghai("2031-03-03T10:00"));
  }
}
