package cn.gov.sh.tradesecret.cases.lead;

import cn.gov.sh.tradesecret.cases.access.BureauAccess;
import cn.gov.sh.tradesecret.cases.deadline.Deadline;
import cn.gov.sh.tradesecret.cases.deadline.DeadlineExtensions;
import cn.gov.sh.tradesecret.cases.deadline.DecisionDeadlines;
import cn.gov.sh.tradesecret.cases.deadline.ExtensionBasis;
import cn.gov.sh.tradesecret.cases.pilot.FastChannel;
import cn.gov.sh.tradesecret.events.reference.AgencyType;
import cn.gov.sh.tradesecret.events.reference.Districts;
import cn.gov.sh.tradesecret.events.referrals.ReverseReferralSubmitted;
import cn.gov.sh.tradesecret.support.domain.DomainException;
import cn.gov.sh.tradesecret.support.security.Officer;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers leads and decides on them: file a case (through the case service) or decline with
 * reasons, within 15 working days of receipt, extendable once by 15 with the head's approval
 * (market-regulation penalty procedure). Only market-regulation officers work on leads, a district
 * bureau only on its own district's, the municipal bureau on every district's.
 */
@Service
public class LeadService {

  private static final Logger log = LoggerFactory.getLogger(LeadService.class);

  private final LeadRepository leads;
  private final Clock clock;
  private final DecisionDeadlines deadlines;
  private final DeadlineExtensions extensions;
  private final FastChannel fastChannel;

  LeadService(
      LeadRepository leads,
      Clock clock,
      DecisionDeadlines deadlines,
      DeadlineExtensions extensions,
      FastChannel fastChannel) {
    this.leads = leads;
    this.clock = clock;
    this.deadlines = deadlines;
    this.extensions = extensions;
    this.fastChannel = fastChannel;
  }

  /** What an officer supplies to register a lead. */
  public record Registration(
      LeadSource source,
      String district,
      Party rightsHolder,
      List<Party> suspects,
      String description,
      BigDecimal claimedAmount,
      Instant receivedAt) {}

  /** How leads are filtered in a list; null fields do not filter. */
  public record Filter(
      LeadStatus status, String district, Boolean fastChannel, LocalDate dueBefore) {}

  @Transactional
  public Lead register(Registration registration, Officer officer) {
    if (!Districts.isKnown(registration.district())
        || Districts.MUNICIPAL.equals(registration.district())) {
      throw DomainException.invalidField(
          "district", "unknown district code " + registration.district());
    }
    Instant now = now();
    if (registration.receivedAt() != null && registration.receivedAt().isAfter(now)) {
      throw DomainException.invalidField("receivedAt", "must not be in the future");
    }
    Officer.require(
        BureauAccess.covers(officer, registration.district()),
        "only the market-regulation bureau of "
            + "district "
            + registration.district()
            + " or the municipal bureau registers its leads");
    boolean designated = fastChannel.isDesignated(registration.rightsHolder().creditCode());
    if (registration.source() == LeadSource.PILOT_FAST_CHANNEL && !designated) {
      throw DomainException.invalidField(
          "rightsHolder.creditCode",
          "the fast channel is for designated innovation pilot units; this rights holder is none");
    }
    Instant receivedAt = registration.receivedAt() == null ? now : registration.receivedAt();
    return leads.save(
        new Lead(
            UUID.randomUUID(),
            registration.district(),
            AgencyType.MARKET_REGULATION.unitIn(registration.district()),
            registration.source(),
            registration.rightsHolder(),
            registration.suspects() == null ? List.of() : registration.suspects(),
            registration.description(),
            registration.claimedAmount(),
            receivedAt,
            officer.account(),
            now,
            deadlines.filingDecisionDue(receivedAt, false),
            designated,
            null));
  }

  /**
   * A reverse referral from the police (反向移送) becomes a lead of the target district's bureau; its
   * amount is unknown until verified (0).
   */
  @Transactional
  public void registerReverseReferral(ReverseReferralSubmitted referral) {
    if (!Districts.isKnown(referral.district())
        || Districts.MUNICIPAL.equals(referral.district())) {
      log.warn(
          "Reverse referral {} names no district bureau ({}); not registered",
          referral.referralId(),
          referral.district());
      return;
    }
    List<Party> suspects =
        referral.suspects() == null
            ? List.of()
            : Arrays.stream(referral.suspects().split("[,，]"))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .map(name -> new Party(name, null))
                .toList();
    Instant receivedAt = referral.submittedAt().truncatedTo(ChronoUnit.MICROS);
    leads.save(
        new Lead(
            UUID.randomUUID(),
            referral.district(),
            AgencyType.MARKET_REGULATION.unitIn(referral.district()),
            LeadSource.REVERSE_REFERRAL,
            new Party(referral.rightsHolder(), null),
            suspects,
            referral.summary() == null || referral.summary().isBlank()
                ? "reverse referral " + referral.referralId()
                : referral.summary(),
            BigDecimal.ZERO,
            receivedAt,
            referral.policeUnit(),
            now(),
            deadlines.filingDecisionDue(receivedAt, false),
            false,
            referral.referralId()));
  }

  /**
   * What an enterprise reported online, as the lead it becomes.
   *
   * @param id the report's id, which the lead takes: one report is never two leads, and the
   *     bureau's decision finds its way back to the report
   * @param trackingNumber the report's tracking number, the lead's origin
   * @param reportedBy the enterprise's unit ({@code ENT-} and its credit code)
   */
  public record EnterpriseReport(
      UUID id,
      String trackingNumber,
      String district,
      Party rightsHolder,
      List<Party> suspects,
      String description,
      BigDecimal claimedAmount,
      Instant reportedAt,
      String reportedBy) {}

  /**
   * An enterprise's online report becomes a lead of its district's bureau, received when it was
   * reported; a designated pilot's report takes the fast channel.
   *
   * @return false when the report is a lead already, or names no district bureau (nothing stored)
   */
  @Transactional
  public boolean registerEnterpriseReport(EnterpriseReport report) {
    if (!Districts.isKnown(report.district()) || Districts.MUNICIPAL.equals(report.district())) {
      log.warn(
          "Online report {} names no district bureau ({}); not registered",
          report.trackingNumber(),
          report.district());
      return false;
    }
    if (leads.existsById(report.id())) {
      return false;
    }
    Instant receivedAt = report.reportedAt().truncatedTo(ChronoUnit.MICROS);
    leads.save(
        new Lead(
            report.id(),
            report.district(),
            AgencyType.MARKET_REGULATION.unitIn(report.district()),
            LeadSource.ENTERPRISE_REPORT,
            report.rightsHolder(),
            report.suspects(),
            report.description(),
            report.claimedAmount(),
            receivedAt,
            report.reportedBy(),
            now(),
            deadlines.filingDecisionDue(receivedAt, false),
            fastChannel.isDesignated(report.rightsHolder().creditCode()),
            report.trackingNumber()));
    return true;
  }

  @Transactional
  public Lead decline(
      UUID id, Long expectedVersion, DeclineReason code, String reason, Officer officer) {
    Lead lead = changeable(id, expectedVersion, officer);
    Instant now = now();
    lead.decline(code, reason, officer.account(), now);
    return leads.save(lead);
  }

  /**
   * The head of the owning bureau extends the filing decision deadline once, by 15 working days.
   */
  @Transactional
  public Lead extendDeadline(UUID id, Long expectedVersion, String reason, Officer officer) {
    Lead lead = changeable(id, expectedVersion, officer);
    BureauAccess.requireHeadOf(
        officer, lead.getOwningUnit(), "extending the filing decision deadline");
    LocalDate previous = lead.getDecisionDue();
    Instant now = now();
    LocalDate newDue =
        previous == null ? null : deadlines.filingDecisionDue(lead.getReceivedAt(), true);
    lead.extendDeadline(
        newDue, officer.account(), now, newDue != null && deadlines.isProvisional(newDue, now));
    extensions.record(
        lead.getId(),
        Deadline.FILING_DECISION,
        ExtensionBasis.HEAD_APPROVAL,
        reason,
        previous,
        lead.getDecisionDue(),
        officer.account(),
        now);
    return leads.save(lead);
  }

  /**
   * A head of the municipal bureau designates the lead's district bureau to file and handle the
   * case (SAMR Order No. 126); anyone else is refused.
   */
  @Transactional
  public Lead designate(UUID id, Long expectedVersion, String documentNumber, Officer officer) {
    Lead lead = changeable(id, expectedVersion, officer);
    BureauAccess.requireHeadOf(
        officer,
        AgencyType.MARKET_REGULATION.unitIn(Districts.MUNICIPAL),
        "designating a district bureau to handle a trade-secret case");
    lead.designate(documentNumber, officer.account(), now());
    return leads.save(lead);
  }

  /**
   * Marks the lead filed, for the case service that files the case; the officer must be allowed to
   * change it and the lead must still be registered.
   */
  @Transactional
  public Lead markFiled(UUID id, Long expectedVersion, UUID caseId, Officer officer, Instant at) {
    Lead lead = changeable(id, expectedVersion, officer);
    lead.filed(caseId, officer.account(), at);
    return leads.save(lead);
  }

  /**
   * A lead the officer may see; any other is "not found", so a foreign lead's existence is not
   * revealed.
   */
  @Transactional(readOnly = true)
  public Lead find(UUID id, Officer officer) {
    BureauAccess.requireMarketRegulation(officer);
    return leads
        .findById(id)
        .filter(lead -> BureauAccess.covers(officer, lead.getDistrict()))
        .orElseThrow(() -> DomainException.notFound("lead", id));
  }

  private Lead changeable(UUID id, Long expectedVersion, Officer officer) {
    Lead lead = find(id, officer);
    lead.requireVersion(expectedVersion);
    return lead;
  }

  /** Leads of the officer's jurisdiction, fast-channel leads first, then the latest received. */
  @Transactional(readOnly = true)
  public Page<Lead> list(Officer officer, Filter filter, Pageable pageable) {
    BureauAccess.requireMarketRegulation(officer);
    Specification<Lead> spec =
        BureauAccess.<Lead>inJurisdictionOf(officer)
            .and(BureauAccess.equalIfGiven("district", filter.district()))
            .and(BureauAccess.equalIfGiven("status", filter.status()))
            .and(BureauAccess.equalIfGiven("fastChannel", filter.fastChannel()));
    if (filter.dueBefore() != null) {
      spec =
          spec.and(
              (root, query, cb) ->
                  cb.lessThanOrEqualTo(root.get("decisionDue"), filter.dueBefore()));
    }
    return leads.findAll(spec, pageable);
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS); // as PostgreSQL keeps it
  }
}
