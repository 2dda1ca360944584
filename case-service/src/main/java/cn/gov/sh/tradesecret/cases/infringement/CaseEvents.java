package cn.gov.sh.tradesecret.cases.infringement;

import cn.gov.sh.tradesecret.cases.deadline.Deadline;
import cn.gov.sh.tradesecret.cases.deadline.ExtensionBasis;
import cn.gov.sh.tradesecret.cases.lead.Designation;
import cn.gov.sh.tradesecret.cases.penalty.CrimeThreshold;
import cn.gov.sh.tradesecret.events.cases.AppraisalFinished;
import cn.gov.sh.tradesecret.events.cases.AppraisalStarted;
import cn.gov.sh.tradesecret.events.cases.CaseClosed;
import cn.gov.sh.tradesecret.events.cases.CaseDeadlineExtended;
import cn.gov.sh.tradesecret.events.cases.CaseFiled;
import cn.gov.sh.tradesecret.events.cases.CaseReferralProposed;
import cn.gov.sh.tradesecret.events.cases.MediationConcluded;
import cn.gov.sh.tradesecret.events.cases.MediationFailed;
import cn.gov.sh.tradesecret.events.cases.PenaltyDecided;
import cn.gov.sh.tradesecret.events.cases.PenaltyExecuted;
import cn.gov.sh.tradesecret.events.cases.SuspectedCrimeReassessed;
import cn.gov.sh.tradesecret.support.calendar.WorkingDayCalendar;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The events a case records, built in one place from the case as its transition left it. Deadlines
 * travel as the end of their last day, Asia/Shanghai.
 */
final class CaseEvents {

  private CaseEvents() {}

  static CaseFiled filed(InfringementCase c) {
    Designation d = c.getDesignation();
    return new CaseFiled(
        id(c),
        c.getFiling().getLeadId().toString(),
        c.getCaseNumber(),
        c.getDistrict(),
        c.getOwningUnit(),
        c.getClaimedAmount(),
        c.isSuspectedCrime(),
        c.getFiling().getFiledAt(),
        due(c),
        c.getJurisdictionRule(),
        d == null ? null : d.getDesignatedBy(),
        d == null ? null : d.getDesignatedAt(),
        d == null ? null : d.getDocumentNumber());
  }

  static SuspectedCrimeReassessed suspectedCrimeReassessed(
      InfringementCase c, CrimeFinding.Trigger trigger, CrimeThreshold threshold, Instant at) {
    return new SuspectedCrimeReassessed(
        id(c),
        c.getCaseNumber(),
        c.getDistrict(),
        c.getOwningUnit(),
        c.isSuspectedCrime(),
        trigger.name(),
        c.getClaimedAmount(),
        c.getEstablishedLoss(),
        c.getIllegalGains(),
        c.getBankruptcy() != null,
        c.getSuspectedCrimeGrounds(),
        threshold.id(),
        threshold.lossOrGain(),
        threshold.bankruptcyGround() && c.getBankruptcy() != null
            ? threshold.source() + " " + threshold.bankruptcySource()
            : threshold.source(),
        at);
  }

  static AppraisalStarted appraisalStarted(InfringementCase c, Appraisal a) {
    return new AppraisalStarted(
        id(c),
        a.getId().toString(),
        c.getCaseNumber(),
        c.getDistrict(),
        c.getOwningUnit(),
        a.getMatter().name(),
        a.getInstitution(),
        a.getStartedAt());
  }

  static AppraisalFinished appraisalFinished(InfringementCase c, Appraisal a) {
    return new AppraisalFinished(
        id(c),
        a.getId().toString(),
        c.getCaseNumber(),
        c.getDistrict(),
        c.getOwningUnit(),
        a.getMatter().name(),
        a.getConclusion().name(),
        a.getReportSha256(),
        a.getPausedDays(),
        due(c),
        a.getFinishedAt());
  }

  static CaseDeadlineExtended deadlineExtended(
      InfringementCase c,
      ExtensionBasis basis,
      LocalDate previousDue,
      String head,
      Instant at,
      boolean provisional) {
    return new CaseDeadlineExtended(
        id(c),
        "CASE",
        c.getCaseNumber(),
        c.getDistrict(),
        c.getOwningUnit(),
        Deadline.CASE_DECISION.name(),
        basis.name(),
        WorkingDayCalendar.endOf(previousDue),
        due(c),
        head,
        at,
        provisional);
  }

  static CaseReferralProposed referralProposed(InfringementCase c) {
    Referral r = c.getReferral();
    return new CaseReferralProposed(
        id(c),
        c.getCaseNumber(),
        c.getDistrict(),
        c.getOwningUnit(),
        c.getClaimedAmount(),
        c.isSuspectedCrime(),
        r.getGrounds(),
        r.getProposedBy(),
        r.getProposedAt());
  }

  static PenaltyDecided penaltyDecided(InfringementCase c, Instant at) {
    PenaltyDecision p = c.getPenalty();
    return new PenaltyDecided(
        id(c),
        c.getCaseNumber(),
        c.getDistrict(),
        c.getOwningUnit(),
        c.getClaimedAmount(),
        c.isSuspectedCrime(),
        p.getFine(),
        p.getConfiscation(),
        p.getOrderToStop(),
        p.getLawVersion(),
        at,
        p.getLawArticle(),
        p.getLawChoice() == null ? null : p.getLawChoice().name(),
        c.getAct() == null ? null : c.getAct().getStartedOn(),
        c.getAct() == null ? null : c.getAct().getEndedOn());
  }

  static MediationConcluded mediationConcluded(InfringementCase c) {
    Mediation m = c.getMediation();
    return new MediationConcluded(
        id(c),
        c.getCaseNumber(),
        c.getDistrict(),
        c.getOwningUnit(),
        m.getCourtUnit(),
        m.getAgreementSha256(),
        m.getConcludedAt());
  }

  static MediationFailed mediationFailed(InfringementCase c) {
    MediationFailure f = c.getMediationFailure();
    return new MediationFailed(
        id(c),
        c.getCaseNumber(),
        c.getDistrict(),
        c.getOwningUnit(),
        f.getReason().name(),
        f.getDetails(),
        f.getRecordedBy(),
        f.getFailedAt());
  }

  static PenaltyExecuted penaltyExecuted(InfringementCase c) {
    PenaltyExecution e = c.getExecution();
    return new PenaltyExecuted(
        id(c),
        c.getCaseNumber(),
        c.getDistrict(),
        c.getOwningUnit(),
        e.getManner().name(),
        e.getExecutedOn(),
        e.getAmountPaid(),
        e.getDocumentNumber(),
        e.getCourt(),
        e.isExecuted(),
        e.getRecordedBy(),
        e.getRecordedAt());
  }

  /** Fine and confiscation are 0 when no penalty was decided. */
  static CaseClosed closed(InfringementCase c) {
    PenaltyDecision p = c.getPenalty();
    Closing closing = c.getClosing();
    return new CaseClosed(
        id(c),
        c.getCaseNumber(),
        c.getDistrict(),
        c.getOwningUnit(),
        closing.getOutcome().name(),
        c.getClaimedAmount(),
        c.isSuspectedCrime(),
        p == null ? BigDecimal.ZERO : orZero(p.getFine()),
        p == null ? BigDecimal.ZERO : orZero(p.getConfiscation()),
        closing.getClosedAt());
  }

  private static String id(InfringementCase c) {
    return c.getId().toString();
  }

  private static Instant due(InfringementCase c) {
    return WorkingDayCalendar.endOf(c.getClock().getDecisionDue());
  }

  private static BigDecimal orZero(BigDecimal amount) {
    return amount == null ? BigDecimal.ZERO : amount;
  }
}
