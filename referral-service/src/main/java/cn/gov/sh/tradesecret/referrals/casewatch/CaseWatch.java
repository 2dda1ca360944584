package cn.gov.sh.tradesecret.referrals.casewatch;

import cn.gov.sh.tradesecret.events.cases.LeadRegistered;
import cn.gov.sh.tradesecret.events.cases.SuspectedCrimeReassessed;
import cn.gov.sh.tradesecret.referrals.referral.ReferralStatus;
import cn.gov.sh.tradesecret.referrals.referral.Referrals;
import java.math.BigDecimal;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the watched cases up to date from case-service's events and, independently of
 * case-service's own guard, alerts the procuratorate when a case at or above the crime threshold in
 * force (see {@link CrimeThresholds}) is penalised or closed without a referral the police accepted
 * or declined, or when such a lead is declined without filing: a fine does not replace the referral
 * (不得以罚代刑). Runs inside the transaction of the event's handling, so the effect and the record of
 * the processed event commit together.
 */
@Service
class CaseWatch {

  /** What concluded a case. */
  enum Conclusion {
    PENALTY_DECIDED,
    CASE_CLOSED,
    LEAD_DECLINED
  }

  private static final Logger log = LoggerFactory.getLogger(CaseWatch.class);

  private final WatchedCaseRepository cases;
  private final Referrals referrals;
  private final CrimeThresholds thresholds;

  CaseWatch(WatchedCaseRepository cases, Referrals referrals, CrimeThresholds thresholds) {
    this.cases = cases;
    this.referrals = referrals;
    this.thresholds = thresholds;
  }

  /** Starts watching the lead, or updates what is known of it. */
  @Transactional(propagation = Propagation.MANDATORY)
  void leadRegistered(LeadRegistered lead, Instant registeredAt) {
    WatchedCase watched =
        cases.findById(lead.leadId()).orElseGet(() -> new WatchedCase(lead.leadId()));
    watched.registered(
        lead.district(),
        lead.owningUnit(),
        lead.claimedAmount(),
        lead.receivedAt(),
        registeredAt,
        thresholds.inForceAt(registeredAt));
    cases.save(watched);
  }

  /** A case was filed, penalised or closed: what it reports of the case is kept. */
  @Transactional(propagation = Propagation.MANDATORY)
  WatchedCase reported(
      String caseId,
      String caseNumber,
      String district,
      String owningUnit,
      BigDecimal claimedAmount,
      boolean suspectedCrime,
      Instant at) {
    WatchedCase watched = cases.findById(caseId).orElseGet(() -> new WatchedCase(caseId));
    watched.reported(
        caseNumber,
        district,
        owningUnit,
        claimedAmount,
        suspectedCrime,
        at,
        thresholds.inForceAt(at));
    return cases.save(watched);
  }

  /** case-service made the case's suspected-crime finding again, raising or clearing it. */
  @Transactional(propagation = Propagation.MANDATORY)
  void reassessed(SuspectedCrimeReassessed reassessed) {
    WatchedCase watched =
        cases.findById(reassessed.caseId()).orElseGet(() -> new WatchedCase(reassessed.caseId()));
    watched.reassessed(reassessed, thresholds.inForceAt(reassessed.reassessedAt()));
    cases.save(watched);
  }

  /**
   * A case was penalised or closed: when it reached the crime threshold and no referral of it was
   * accepted or declined by the police, the procuratorate of its district is alerted, once per
   * case.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  void concluded(
      String caseId,
      String caseNumber,
      String district,
      String owningUnit,
      BigDecimal claimedAmount,
      boolean suspectedCrime,
      Conclusion conclusion,
      Instant at) {
    WatchedCase watched =
        reported(caseId, caseNumber, district, owningUnit, claimedAmount, suspectedCrime, at);
    alertIfOmitted(watched, conclusion, at);
  }

  /**
   * A lead was declined without filing: when its claim reached the crime threshold, the
   * procuratorate of its district is alerted, once. A lead never registered here is logged.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  void leadDeclined(String leadId, Instant at) {
    cases
        .findById(leadId)
        .ifPresentOrElse(
            lead -> alertIfOmitted(lead, Conclusion.LEAD_DECLINED, at),
            () -> log.warn("Declined lead {} was never registered here: ignored", leadId));
  }

  private void alertIfOmitted(WatchedCase watched, Conclusion conclusion, Instant at) {
    String caseId = watched.getCaseId();
    if (!watched.isSuspectedCrime() || referrals.decidedByPolice(caseId)) {
      return;
    }
    String status = referrals.latestStatusOfCase(caseId).map(ReferralStatus::name).orElse("NONE");
    if (!watched.alertOmission(conclusion.name(), status, at)) {
      return;
    }
    cases.save(watched);
    log.warn(
        "Case {} ({} yuan) concluded by {} without a police decision on a referral: procuratorate alerted",
        caseId,
        watched.getClaimedAmount(),
        conclusion);
  }
}
