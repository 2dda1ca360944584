package cn.gov.sh.tradesecret.referrals.confirmation;

import cn.gov.sh.tradesecret.events.reference.AgencyType;
import cn.gov.sh.tradesecret.events.reference.AgencyUnit;
import cn.gov.sh.tradesecret.events.referrals.ConfirmationGranted;
import cn.gov.sh.tradesecret.events.referrals.ConfirmationRefused;
import cn.gov.sh.tradesecret.events.referrals.ConfirmationRequested;
import cn.gov.sh.tradesecret.support.outbox.Outbox;
import cn.gov.sh.tradesecret.support.security.Officer;
import cn.gov.sh.tradesecret.support.domain.DomainException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Judicial confirmation of mediation agreements. A court sees the confirmations sent to it and
 * only its judges decide them; the market-regulation bureaus covering the case's district see
 * them; anyone else is told "not found".
 */
@Service
public class Confirmations {

  private static final String JUDGE = "JUDGE";

  private final ConfirmationRepository confirmations;
  private final Outbox outbox;
  private final Clock clock;

  Confirmations(ConfirmationRepository confirmations, Outbox outbox, Clock clock) {
    this.confirmations = confirmations;
    this.outbox = outbox;
    this.clock = clock;
  }

  /** From case-service's MediationConcluded: asks the competent court to confirm the agreement. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void request(String caseId, String caseNumber, String district, String owningUnit, String courtUnit,
      String agreementSha256, Instant concludedAt) {
    if (AgencyUnit.parse(courtUnit).filter(unit -> unit.agency() == AgencyType.COURT).isEmpty()) {
      throw new IllegalArgumentException("mediation of case " + caseId + " names no court: " + courtUnit);
    }
    Confirmation confirmation = confirmations.save(
        new Confirmation(caseId, caseNumber, district, owningUnit, courtUnit, agreementSha256, clock.instant()));
    outbox.append(new ConfirmationRequested(confirmation.getId().toString(), caseId, district, owningUnit, courtUnit,
        agreementSha256, confirmation.getRequestedAt()));
  }

  @Transactional
  Confirmation grant(UUID id, Officer officer) {
    Confirmation confirmation = visible(id, officer);
    requireJudge(confirmation, officer);
    Instant now = clock.instant();
    confirmation.grant(officer.account(), now);
    outbox.append(new ConfirmationGranted(id.toString(), confirmation.getCaseId(), confirmation.getDistrict(),
        confirmation.getCourtUnit(), now));
    return confirmation;
  }

  @Transactional
  Confirmation refuse(UUID id, String reasons, Officer officer) {
    Confirmation confirmation = visible(id, officer);
    requireJudge(confirmation, officer);
    Instant now = clock.instant();
    confirmation.refuse(officer.account(), now, reasons);
    outbox.append(new ConfirmationRefused(id.toString(), confirmation.getCaseId(), confirmation.getDistrict(),
        confirmation.getCourtUnit(), reasons, now));
    return confirmation;
  }

  @Transactional(readOnly = true)
  Confirmation find(UUID id, Officer officer) {
    return visible(id, officer);
  }

  @Transactional(readOnly = true)
  Page<Confirmation> list(Officer officer, Pageable pageable) {
    if (officer.is(AgencyType.COURT)) {
      return confirmations.findByCourtUnit(officer.unit(), pageable);
    }
    if (officer.is(AgencyType.MARKET_REGULATION)) {
      return officer.isMunicipal() ? confirmations.findAll(pageable)
          : confirmations.findByDistrict(officer.jurisdiction(), pageable);
    }
    throw DomainException.forbidden("confirmations are listed for the courts and the market-regulation bureaus");
  }

  private Confirmation visible(UUID id, Officer officer) {
    return confirmations.findById(id)
        .filter(confirmation -> officer.is(AgencyType.COURT) ? officer.unit().equals(confirmation.getCourtUnit())
            : officer.is(AgencyType.MARKET_REGULATION) && officer.covers(confirmation.getDistrict()))
        .orElseThrow(() -> DomainException.notFound("confirmation", id));
  }

  private static void requireJudge(Confirmation confirmation, Officer officer) {
    if (!officer.is(AgencyType.COURT) || !officer.hasRole(JUDGE) || !officer.unit().equals(confirmation.getCourtUnit())) {
      throw DomainException.forbidden("only a judge of " + confirmation.getCourtUnit() + " decides a confirmation");
    }
  }
}
