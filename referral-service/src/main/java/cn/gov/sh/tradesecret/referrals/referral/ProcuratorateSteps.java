package cn.gov.sh.tradesecret.referrals.referral;

import cn.gov.sh.tradesecret.support.security.Officer;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps a procurator of the procuratorate covering the district takes in supervising a declined
 * referral, at the bureau's request under art. 9 of the State Council regulation on the transfer of
 * suspected criminal cases by administrative law-enforcement agencies (2020 revision).
 */
@Service
public class ProcuratorateSteps {

  private final Procedure procedure;

  ProcuratorateSteps(Procedure procedure) {
    this.procedure = procedure;
  }

  /**
   * Step 6: the procurator requires the police to explain the decline; they answer within 7 days.
   */
  @Transactional
  public Referral requireExplanation(UUID id, String reasons, Officer officer) {
    return procedure.take(
        ProcedureStep.REQUIRE_EXPLANATION,
        id,
        officer,
        (referral, procurator, at) -> referral.requireExplanation(procurator, at, reasons));
  }

  /** Step 6: the procurator orders the police to file; they file within 15 days. */
  @Transactional
  public Referral orderFiling(UUID id, String reasons, Officer officer) {
    return procedure.take(
        ProcedureStep.ORDER_FILING,
        id,
        officer,
        (referral, procurator, at) -> referral.orderFiling(procurator, at, reasons));
  }

  /** Step 6: the procurator closes the supervision; the decline stands. */
  @Transactional
  public Referral closeSupervision(UUID id, String conclusion, Officer officer) {
    return procedure.take(
        ProcedureStep.CLOSE_SUPERVISION,
        id,
        officer,
        (referral, procurator, at) -> referral.closeSupervision(procurator, at, conclusion));
  }
}
