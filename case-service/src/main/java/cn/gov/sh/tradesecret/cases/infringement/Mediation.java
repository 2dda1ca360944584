package cn.gov.sh.tradesecret.cases.infringement;

import cn.gov.sh.tradesecret.events.reference.AgencyType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * A mediation agreement the parties concluded before a court, which the court then confirms (司法确认)
 * or refuses. Unless another court is named, it is the court of the case's district. The agreement
 * itself stays with the bureau; the platform keeps its fingerprint.
 */
@Embeddable
public class Mediation {

  @Column(name = "mediation_court_unit")
  private String courtUnit;

  @Column(name = "mediation_agreement_sha256")
  private String agreementSha256;

  @Column(name = "mediation_concluded_at")
  private Instant concludedAt;

  protected Mediation() {}

  /**
   * An agreement concluded at {@code at} before {@code courtUnit}, or, when null, the court of
   * {@code district}.
   */
  static Mediation concluded(
      String courtUnit, String district, String agreementSha256, Instant at) {
    Mediation mediation = new Mediation();
    mediation.courtUnit = courtUnit == null ? AgencyType.COURT.unitIn(district) : courtUnit;
    mediation.agreementSha256 = agreementSha256.toLowerCase();
    mediation.concludedAt = at;
    return mediation;
  }

  public String getCourtUnit() {
    return courtUnit;
  }

  public String getAgreementSha256() {
    return agreementSha256;
  }

  public Instant getConcludedAt() {
    return concludedAt;
  }
}
