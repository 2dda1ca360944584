package cn.gov.sh.tradesecret.referrals.confirmation;

import cn.gov.sh.tradesecret.events.reference.AgencyType;
import cn.gov.sh.tradesecret.events.reference.AgencyUnit;
import cn.gov.sh.tradesecret.support.domain.DomainException;
import cn.gov.sh.tradesecret.support.security.Officer;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Judicial confirmation of mediation agreements. A court sees the confirmations sent to it and only
 * its judges decide them; the market-regulation bureaus covering the case's district see them;
 * anyone else is told "not found".
 */
@Service
public class Confirmations {

  private static final String JUDGE = "JUDGE";

  private final ConfirmationRepository confirmations;
  private final Clock clock;

  Confirmations(ConfirmationRepository confirmations, Clock clock) {
    this.confirmations = confirmations;
    this.clock = clock;
  }

  /** From case-service's MediationConcluded: asks the competent court to confirm the agreement. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void request(
      String caseId,
      String caseNumber,
      String district,
      String owningUnit,
      String courtUnit,
      String agreementSha256,
      Instant concludedAt) {
    if (AgencyUnit.parse(courtUnit).filter(unit -> unit.agency() == AgencyType.COURT).isEmpty()) {
      throw new IllegalArgumentException(
          "mediation of case " + caseId + " names no court: " + courtUnit);
    }
    confirmations.save(
        new Confirmation(
            caseId, caseNumber, district, owningUnit, courtUnit, agreementSha256, clock.instant()));
  }

  /** A judge of the addressed court confirms the agreement. */
  @Transactional
  public Confirmation grant(UUID id, Officer officer) {
    Confirmation confirmation = visible(id, officer);
    requireJudge(confirmation, officer);
    confirmation.grant(officer.account(), clock.instant());
    return confirmations.save(confirmation);
  }

  /** A judge of the addressed court refuses to confirm it, with reasons. */
  @Transactional
  public Confirmation refuse(UUID id, String reasons, Officer officer) {
    Confirmation confirmation = visible(id, officer);
    requireJudge(confirmation, officer);
    confirmation.refuse(officer.account(), clock.instant(), reasons);
    return confirmations.save(confirmation);
  }

  @Transactional(readOnly = true)
  public Confirmation find(UUID id, Officer officer) {
    return visible(id, officer);
  }

  @Transactional(readOnly = true)
  public Page<Confirmation> list(Officer officer, Pageable pageable) {
    if (officer.is(AgencyType.COURT)) {
      return confirmations.findByCourtUnit(officer.unit(), pageable);
    }
    if (officer.is(AgencyType.MARKET_REGULATION)) {
      return officer.isMunicipal()
          ? confirmations.findAll(pageable)
          : confirmations.findByDistrict(officer.jurisdiction(), pageable);
    }
    throw DomainException.forbidden(
        "confirmations are listed for the courts and the market-regulation bureaus");
  }

  private Confirmation visible(UUID id, Officer officer) {
    return confirmations
        .findById(id)
        .filter(
            confirmation ->
                officer.is(AgencyType.COURT)
                    ? officer.unit().equals(confirmation.getCourtUnit())
                    : officer.is(AgencyType.MARKET_REGULATION)
                        && officer.covers(confirmation.getDistrict()))
        .orElseThrow(() -> DomainException.notFound("confirmation", id));
  }

  private static void requireJudge(Confirmation confirmation, Officer officer) {
    Officer.require(
        officer.is(AgencyType.COURT)
            && officer.hasRole(JUDGE)
            && officer.belongsTo(confirmation.getCourtUnit()),
        "only a judge of " + confirmation.getCourtUnit() + " decides a confirmation");
  }
}
