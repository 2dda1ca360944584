package cn.gov.sh.tradesecret.referrals.casewatch;

import cn.gov.sh.tradesecret.events.cases.LeadRegistered;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the watched cases up to date from case-service's events. Runs inside the transaction of
 * the event's handling, so the effect and the record of the processed event commit together.
 */
@Service
class CaseWatch {

  private final WatchedCaseRepository cases;

  CaseWatch(WatchedCaseRepository cases) {
    this.cases = cases;
  }

  /** Starts watching the lead, or updates what is known of it. */
  @Transactional(propagation = Propagation.MANDATORY)
  void leadRegistered(LeadRegistered lead, Instant registeredAt) {
    WatchedCase watched = cases.findById(lead.leadId()).orElseGet(() -> new WatchedCase(lead.leadId()));
    watched.registered(lead.district(), lead.owningUnit(), lead.claimedAmount(), lead.receivedAt(), registeredAt);
    cases.save(watched);
  }
}
