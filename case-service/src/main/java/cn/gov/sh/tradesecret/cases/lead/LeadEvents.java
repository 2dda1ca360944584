package cn.gov.sh.tradesecret.cases.lead;

import cn.gov.sh.tradesecret.cases.deadline.Deadline;
import cn.gov.sh.tradesecret.cases.deadline.ExtensionBasis;
import cn.gov.sh.tradesecret.events.cases.CaseDeadlineExtended;
import cn.gov.sh.tradesecret.events.cases.LeadDeclined;
import cn.gov.sh.tradesecret.events.cases.LeadRegistered;
import cn.gov.sh.tradesecret.support.calendar.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;

/** The events a lead records, built in one place from the lead as its transition left it. */
final class LeadEvents {

  private LeadEvents() {}

  static LeadRegistered registered(Lead lead) {
    return new LeadRegistered(
        lead.getId().toString(),
        lead.getDistrict(),
        lead.getOwningUnit(),
        lead.getSource().name(),
        lead.getRightsHolder().name(),
        lead.getClaimedAmount(),
        lead.getReceivedAt(),
        // the police's referral back links the new lead to the matter it came from (issue 17)
        lead.getSource() == LeadSource.REVERSE_REFERRAL ? lead.getOriginReference() : null);
  }

  static LeadDeclined declined(Lead lead) {
    return new LeadDeclined(
        lead.getId().toString(),
        lead.getDistrict(),
        lead.getOwningUnit(),
        lead.getDeclineReasonCode().name(),
        lead.getDecidedBy(),
        lead.getDecidedAt());
  }

  /** The filing decision deadline moved from {@code previousDue} by the head's approval. */
  static CaseDeadlineExtended deadlineExtended(
      Lead lead, LocalDate previousDue, String head, Instant at, boolean provisional) {
    return new CaseDeadlineExtended(
        lead.getId().toString(),
        "LEAD",
        null,
        lead.getDistrict(),
        lead.getOwningUnit(),
        Deadline.FILING_DECISION.name(),
        ExtensionBasis.HEAD_APPROVAL.name(),
        WorkingDayCalendar.endOf(previousDue),
        WorkingDayCalendar.endOf(lead.getDecisionDue()),
        head,
        at,
        provisional);
  }
}
