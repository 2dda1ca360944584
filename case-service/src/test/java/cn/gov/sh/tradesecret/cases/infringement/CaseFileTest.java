package cn.gov.sh.tradesecret.cases.infringement;

import static cn.gov.sh.tradesecret.cases.infringement.CaseRules.DEADLINES;
import static cn.gov.sh.tradesecret.cases.infringement.CaseRules.assertRefused;
import static cn.gov.sh.tradesecret.cases.infringement.CaseRules.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.sh.tradesecret.support.domain.DomainException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CaseFileTest {

  private static final Instant STARTED = shanghai("2031-01-15T10:00");

  private final CaseFile file = new CaseFile();

  @Test
  void keepsEvidenceAndSecretPointsInTheOrderTheyWereAdded() {
    EvidenceItem first =
        file.add(
            new EvidenceItem(
                EvidenceKind.DOCUMENT,
                "contract",
                "officer",
                STARTED,
                "ab".repeat(32),
                null,
                "o",
                STARTED));
    EvidenceItem second =
        file.add(
            new EvidenceItem(
                EvidenceKind.PHYSICAL,
                "drawing",
                "officer",
                STARTED,
                "cd".repeat(32),
                null,
                "o",
                STARTED));
    SecretPoint point =
        file.add(new SecretPoint(SecretPointCategory.TECHNICAL, "formula", "NDA", "o", STARTED));

    assertThat(file.getEvidence()).containsExactly(first, second);
    assertThat(file.getSecretPoints()).containsExactly(point);
  }

  @Test
  void appraisalsRunOneAtATime() {
    Appraisal first = file.add(appraisal());

    assertThat(file.openAppraisal()).isSameAs(first);
    assertRefused(() -> file.add(appraisal()), "appraisal-under-way");
    assertThat(file.getAppraisals()).containsExactly(first);

    first.finish(
        new AppraisalResult(AppraisalConclusion.CONFIRMED, "ab".repeat(32), null, null),
        STARTED.plusSeconds(60),
        DEADLINES);
    Appraisal second = file.add(appraisal());

    assertThat(file.getAppraisals()).containsExactly(first, second);
  }

  @Test
  void noDecisionWhileAnAppraisalIsUnderWay() {
    file.requireNoAppraisalUnderWay("decide a penalty");
    Appraisal appraisal = file.add(appraisal());

    assertRefused(() -> file.requireNoAppraisalUnderWay("decide a penalty"), "appraisal-under-way");

    appraisal.finish(
        new AppraisalResult(AppraisalConclusion.CONFIRMED, "ab".repeat(32), null, null),
        STARTED.plusSeconds(60),
        DEADLINES);
    file.requireNoAppraisalUnderWay("decide a penalty");
    assertThat(file.openAppraisal()).isNull();
  }

  @Test
  void findsAnAppraisalByItsIdOrReportsItNotFound() {
    Appraisal appraisal = file.add(appraisal());

    assertThat(file.appraisal(appraisal.getId())).isSameAs(appraisal);
    assertThatThrownBy(() -> file.appraisal(UUID.randomUUID()))
        .isInstanceOf(DomainException.NotFound.class);
  }

  private static Appraisal appraisal() {
    return new Appraisal(AppraisalMatter.NON_PUBLIC_NATURE, "SH-IP-Appraisal", "o", STARTED);
  }
}
