package cn.gov.sh.tradesecret.referrals.referral;

import cn.gov.sh.tradesecret.events.reference.AgencyType;
import cn.gov.sh.tradesecret.events.reference.AgencyUnit;
import cn.gov.sh.tradesecret.support.domain.DomainException;
import cn.gov.sh.tradesecret.support.security.Officer;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps the police unit a referral is addressed to takes under the State Council regulation on
 * the transfer of suspected criminal cases by administrative law-enforcement agencies (2020
 * revision): it signs the receipt and forwards (art. 7), accepts or declines (art. 8), decides a
 * reconsideration (art. 9), and explains a decline to the procuratorate.
 */
@Service
public class PoliceSteps {

  private final Procedure procedure;

  PoliceSteps(Procedure procedure) {
    this.procedure = procedure;
  }

  /**
   * Step 3: the addressed police unit signs the receipt (art. 7); it decides within 3 days (art. 8)
   * or, not being competent, forwards within 24 hours (art. 7). A unit the referral was forwarded
   * to signs its own receipt, and both clocks start again for it.
   */
  @Transactional
  public Referral receipt(UUID id, Officer officer) {
    return procedure.take(ProcedureStep.RECEIPT, id, officer, Referral::receipt);
  }

  /**
   * Step 3: a police unit that is not competent forwards to the competent one and the bureau is
   * told (art. 7). Taken even after its 24 hours: the law does not close it, the breached clock is
   * on record.
   */
  @Transactional
  public Referral forward(UUID id, String toPoliceUnit, String reasons, Officer officer) {
    return procedure.take(
        ProcedureStep.FORWARD,
        id,
        officer,
        (referral, police, at) -> {
          if (AgencyUnit.parse(toPoliceUnit)
              .filter(unit -> unit.agency() == AgencyType.POLICE)
              .isEmpty()) {
            throw DomainException.invalidField(
                "toPoliceUnit", "must be a police unit such as PSB-310104");
          }
          referral.forward(police, at, toPoliceUnit, reasons);
        });
  }

  /**
   * Step 4 (or 6, on the procuratorate's order to file): the addressed police unit accepts, a
   * criminal case is filed; the bureau hands over the items within 3 days.
   */
  @Transactional
  public Referral accept(UUID id, String filingNotice, Officer officer) {
    return procedure.take(
        ProcedureStep.ACCEPT,
        id,
        officer,
        (referral, police, at) -> referral.accept(police, at, filingNotice));
  }

  /**
   * Step 4: the police decline with reasons, returning the materials (art. 8); the bureau's 3-day
   * windows open.
   */
  @Transactional
  public Referral decline(UUID id, String reasons, Officer officer) {
    return procedure.take(
        ProcedureStep.DECLINE,
        id,
        officer,
        (referral, police, at) -> referral.decline(police, at, reasons));
  }

  /**
   * Step 5: the police decide the reconsideration within 3 days (art. 9): file the case or uphold
   * the decline.
   */
  @Transactional
  public Referral decideReconsideration(
      UUID id, boolean accept, String reasons, String filingNotice, Officer officer) {
    ProcedureStep step =
        accept ? ProcedureStep.ACCEPT_ON_RECONSIDERATION : ProcedureStep.UPHOLD_DECLINE;
    return procedure.take(
        step,
        id,
        officer,
        (referral, police, at) -> {
          if (accept && (filingNotice == null || filingNotice.isBlank())) {
            throw DomainException.invalidField(
                "filingNotice", "is required when the police accept on reconsideration");
          }
          referral.decideReconsideration(police, at, accept, reasons, filingNotice);
        });
  }

  /** Step 6: the police explain the decline to the procuratorate. */
  @Transactional
  public Referral explain(UUID id, String explanation, Officer officer) {
    return procedure.take(
        ProcedureStep.EXPLAIN,
        id,
        officer,
        (referral, police, at) -> referral.explain(police, at, explanation));
  }
}
