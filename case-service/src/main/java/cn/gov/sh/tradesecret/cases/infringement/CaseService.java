package cn.gov.sh.tradesecret.cases.infringement;

import cn.gov.sh.tradesecret.cases.access.BureauAccess;
import cn.gov.sh.tradesecret.cases.deadline.Deadline;
import cn.gov.sh.tradesecret.cases.deadline.DeadlineExtensions;
import cn.gov.sh.tradesecret.cases.deadline.DecisionDeadlines;
import cn.gov.sh.tradesecret.cases.deadline.ExtensionBasis;
import cn.gov.sh.tradesecret.cases.enterprise.EvidenceDeposits;
import cn.gov.sh.tradesecret.cases.jurisdiction.JurisdictionRule;
import cn.gov.sh.tradesecret.cases.jurisdiction.JurisdictionRules;
import cn.gov.sh.tradesecret.cases.lead.Lead;
import cn.gov.sh.tradesecret.cases.lead.LeadService;
import cn.gov.sh.tradesecret.cases.penalty.ApplicableFine;
import cn.gov.sh.tradesecret.cases.penalty.CrimeThresholds;
import cn.gov.sh.tradesecret.cases.penalty.FineRanges;
import cn.gov.sh.tradesecret.support.calendar.WorkingDayCalendar;
import cn.gov.sh.tradesecret.support.domain.DomainException;
import cn.gov.sh.tradesecret.support.security.Officer;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.hibernate.Hibernate;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files cases on leads and takes them to their outcome and closing; each step's event is recorded
 * by the case and reaches the outbox when the case is saved. Access: see {@link BureauAccess}.
 * Every change may name the version the client saw; the case refuses a stale one, which changes
 * nothing.
 */
@Service
public class CaseService {

  private static final Logger log = LoggerFactory.getLogger(CaseService.class);

  private final CaseRepository cases;
  private final LeadService leads;
  private final CaseNumbers numbers;
  private final DecisionDeadlines deadlines;
  private final DeadlineExtensions extensions;
  private final FineRanges fineRanges;
  private final CrimeThresholds thresholds;
  private final JurisdictionRules jurisdiction;
  private final EvidenceDeposits deposits;
  private final Clock clock;

  CaseService(
      CaseRepository cases,
      LeadService leads,
      CaseNumbers numbers,
      DecisionDeadlines deadlines,
      DeadlineExtensions extensions,
      FineRanges fineRanges,
      CrimeThresholds thresholds,
      JurisdictionRules jurisdiction,
      EvidenceDeposits deposits,
      Clock clock) {
    this.cases = cases;
    this.leads = leads;
    this.numbers = numbers;
    this.deadlines = deadlines;
    this.extensions = extensions;
    this.fineRanges = fineRanges;
    this.thresholds = thresholds;
    this.jurisdiction = jurisdiction;
    this.deposits = deposits;
    this.clock = clock;
  }

  /** How cases are filtered in a list; null fields do not filter. */
  public record Filter(
      CaseStatus status, String district, Boolean suspectedCrime, LocalDate dueBefore) {}

  /**
   * Evidence as an officer records it: its fingerprint, or the receipt of an enterprise's deposit
   * that gives the fingerprint and the time it was deposited (or both, then they must agree).
   */
  public record Evidence(
      EvidenceKind kind,
      String description,
      String collectedBy,
      Instant collectedAt,
      @Nullable String sha256,
      @Nullable String depositReceipt) {}

  /**
   * A penalty decision as the head makes it; the act's days, if given, are recorded on the case
   * first.
   */
  public record Penalty(
      boolean orderToStop,
      BigDecimal fine,
      BigDecimal confiscation,
      boolean serious,
      String mitigationGrounds,
      LocalDate decidedOn,
      LocalDate actStartedOn,
      LocalDate actEndedOn) {}

  /**
   * Files a case (立案) on a registered lead of the officer's jurisdiction. Under a filing rule in
   * force (SAMR Order No. 126 from 2026-06-01) the municipal bureau files and owns the case, or the
   * lead's district bureau with the municipal bureau's designation; otherwise 409 naming the rule.
   */
  @Transactional
  public InfringementCase file(UUID leadId, Long expectedLeadVersion, Officer officer) {
    Lead lead = leads.find(leadId, officer);
    Instant now = now();
    LocalDate today = WorkingDayCalendar.dayOf(now);
    Optional<JurisdictionRule> rule = jurisdiction.inForceOn(today);
    rule.ifPresent(r -> requireCompetent(r, lead, officer));
    String owningUnit =
        rule.isPresent() && officer.isMunicipal() ? officer.unit() : lead.getOwningUnit();
    UUID caseId = UUID.randomUUID();
    leads.markFiled(leadId, expectedLeadVersion, caseId, officer, now);
    InfringementCase filed =
        cases.save(
            new InfringementCase(
                caseId,
                lead.getId(),
                numbers.next(owningUnit, now),
                lead.getDistrict(),
                owningUnit,
                lead.getClaimedAmount(),
                officer.account(),
                now,
                deadlines,
                thresholds.inForceOn(today),
                rule.map(JurisdictionRule::id).orElse(null),
                officer.isMunicipal() ? null : lead.getDesignation()));
    return loaded(filed);
  }

  private static void requireCompetent(JurisdictionRule rule, Lead lead, Officer officer) {
    if (officer.isMunicipal()) {
      return;
    }
    if (!rule.districtWithDesignation()) {
      throw DomainException.conflict(
          "jurisdiction",
          "under " + rule.id() + " only the municipal bureau files trade-secret cases");
    }
    if (lead.getDesignation() == null) {
      throw DomainException.conflict(
          "jurisdiction",
          "under "
              + rule.id()
              + ", in force from "
              + rule.validFrom()
              + ", a trade-secret case is filed by the municipal bureau, or by a district bureau"
              + " the municipal bureau designated: this lead has no designation");
    }
  }

  /**
   * A case the officer may see; any other is "not found" (police, procuratorates and courts: 403).
   */
  @Transactional(readOnly = true)
  public InfringementCase find(UUID id, Officer officer) {
    return loaded(visible(id, officer));
  }

  @Transactional(readOnly = true)
  public Page<InfringementCase> list(Officer officer, Filter filter, Pageable pageable) {
    BureauAccess.requireMarketRegulation(officer);
    Specification<InfringementCase> spec =
        BureauAccess.<InfringementCase>inJurisdictionOf(officer)
            .and(BureauAccess.equalIfGiven("district", filter.district()))
            .and(BureauAccess.equalIfGiven("status", filter.status()))
            .and(BureauAccess.equalIfGiven("suspectedCrime", filter.suspectedCrime()));
    if (filter.dueBefore() != null) {
      spec =
          spec.and(
              (root, query, cb) ->
                  cb.and(
                      root.get("status").in(CaseStatus.INVESTIGATING, CaseStatus.REFERRAL_PROPOSED),
                      cb.lessThanOrEqualTo(
                          root.get("clock").get("decisionDue"), filter.dueBefore())));
    }
    return cases.findAll(spec, pageable);
  }

  @Transactional
  public InfringementCase addEvidence(
      UUID id, Long expectedVersion, Evidence evidence, Officer officer) {
    InfringementCase c = changeable(id, expectedVersion, officer);
    if (evidence.collectedAt().isAfter(now())) {
      throw DomainException.invalidField("collectedAt", "must not be in the future");
    }
    String sha256 = evidence.sha256() == null ? null : evidence.sha256().toLowerCase(Locale.ROOT);
    EvidenceDeposits.Deposit deposit = null;
    if (evidence.depositReceipt() != null) {
      deposit = depositOfTheRightsHolder(c, evidence.depositReceipt(), officer);
      if (sha256 != null && !sha256.equals(deposit.sha256())) {
        throw DomainException.invalidField(
            "sha256", "differs from the fingerprint of deposit " + deposit.receiptNumber());
      }
      sha256 = deposit.sha256();
    } else if (sha256 == null) {
      throw DomainException.invalidField(
          "sha256", "must be given, or the depositReceipt of an enterprise's deposit");
    }
    c.addEvidence(
        evidence.kind(),
        evidence.description(),
        evidence.collectedBy(),
        evidence.collectedAt().truncatedTo(ChronoUnit.MICROS),
        sha256,
        deposit,
        officer.account(),
        now());
    return saved(c);
  }

  /**
   * The deposit with that receipt, made by the case's rights holder: another enterprise's deposit
   * proves nothing of this rights holder's documents.
   */
  private EvidenceDeposits.Deposit depositOfTheRightsHolder(
      InfringementCase c, String receipt, Officer officer) {
    EvidenceDeposits.Deposit deposit =
        deposits
            .find(receipt)
            .orElseThrow(
                () ->
                    DomainException.invalidField(
                        "depositReceipt",
                        "no deposit with this receipt is known (a deposit reaches case-service"
                            + " seconds after it is made)"));
    String rightsHolder =
        leads.find(c.getFiling().getLeadId(), officer).getRightsHolder().creditCode();
    if (!deposit.creditCode().equals(rightsHolder)) {
      throw DomainException.invalidField(
          "depositReceipt", "was deposited by another enterprise than the case's rights holder");
    }
    return deposit;
  }

  @Transactional
  public InfringementCase addSecretPoint(
      UUID id,
      Long expectedVersion,
      SecretPointCategory category,
      String content,
      String measures,
      Officer officer) {
    InfringementCase c = changeable(id, expectedVersion, officer);
    c.addSecretPoint(category, content, measures, officer.account(), now());
    return saved(c);
  }

  @Transactional
  public InfringementCase startAppraisal(
      UUID id, Long expectedVersion, AppraisalMatter matter, String institution, Officer officer) {
    InfringementCase c = changeable(id, expectedVersion, officer);
    c.startAppraisal(matter, institution, officer.account(), now());
    return saved(c);
  }

  /**
   * Records an appraisal's result; a loss or illegal gains it establishes are weighed against the
   * criminal threshold in force that day.
   */
  @Transactional
  public InfringementCase finishAppraisal(
      UUID id, UUID appraisalId, Long expectedVersion, AppraisalResult result, Officer officer) {
    InfringementCase c = changeable(id, expectedVersion, officer);
    Instant now = now();
    c.finishAppraisal(
        appraisalId,
        new AppraisalResult(
            result.conclusion(),
            result.reportSha256().toLowerCase(),
            result.establishedLoss(),
            result.illegalGains()),
        now,
        deadlines,
        thresholds.inForceOn(WorkingDayCalendar.dayOf(now)));
    return saved(c);
  }

  /** The head's 30-day extension, or a collective decision's new date (after it). */
  @Transactional
  public InfringementCase extendDeadline(
      UUID id,
      Long expectedVersion,
      ExtensionBasis basis,
      LocalDate newDueDate,
      String reason,
      Officer officer) {
    InfringementCase c = changeable(id, expectedVersion, officer);
    BureauAccess.requireHeadOf(officer, c.getOwningUnit(), "extending the case decision deadline");
    LocalDate previous = c.getClock().getDecisionDue();
    Instant now = now();
    c.extendDeadline(basis, newDueDate, deadlines, officer.account(), now);
    extensions.record(
        c.getId(),
        Deadline.CASE_DECISION,
        basis,
        reason,
        previous,
        c.getClock().getDecisionDue(),
        officer.account(),
        now);
    return saved(c);
  }

  /**
   * The head proposes referral to the police: required at the threshold, allowed below on
   * reasonable suspicion.
   */
  @Transactional
  public InfringementCase proposeReferral(
      UUID id, Long expectedVersion, String grounds, Officer officer) {
    InfringementCase c = changeable(id, expectedVersion, officer);
    BureauAccess.requireHeadOf(officer, c.getOwningUnit(), "proposing a referral");
    c.proposeReferral(grounds, officer.account(), now());
    return saved(c);
  }

  /** The facts of a case as an officer records them. */
  public record Facts(
      SecretType secretType,
      String industry,
      boolean foreignRelated,
      BigDecimal amountInvolved,
      BigDecimal lossesRecovered,
      String typicalCaseBy,
      Integer typicalCaseYear) {}

  /** Records the facts the white paper counts (replacing those recorded). */
  @Transactional
  public InfringementCase recordFacts(UUID id, Long expectedVersion, Facts facts, Officer officer) {
    InfringementCase c = changeable(id, expectedVersion, officer);
    c.recordFacts(
        CaseFacts.of(
            facts.secretType(),
            facts.industry(),
            facts.foreignRelated(),
            facts.amountInvolved(),
            facts.lossesRecovered(),
            facts.typicalCaseBy(),
            facts.typicalCaseYear(),
            WorkingDayCalendar.dayOf(now()).getYear()));
    return saved(c);
  }

  /** Records when the infringement took place: one day, or a period (a continuing act). */
  @Transactional
  public InfringementCase recordAct(
      UUID id, Long expectedVersion, LocalDate startedOn, LocalDate endedOn, Officer officer) {
    InfringementCase c = changeable(id, expectedVersion, officer);
    c.recordAct(ActPeriod.of(startedOn, endedOn, WorkingDayCalendar.dayOf(now())));
    return saved(c);
  }

  /**
   * Records the rights holder's bankruptcy, declared by {@code ruling}; the suspected-crime finding
   * is made again against the criminal threshold in force that day.
   */
  @Transactional
  public InfringementCase recordBankruptcy(
      UUID id, Long expectedVersion, LocalDate declaredOn, String ruling, Officer officer) {
    InfringementCase c = changeable(id, expectedVersion, officer);
    Instant now = now();
    LocalDate today = WorkingDayCalendar.dayOf(now);
    c.recordBankruptcy(
        RightsHolderBankruptcy.of(declaredOn, ruling, today), thresholds.inForceOn(today), now);
    return saved(c);
  }

  /**
   * The ranges, ordinary and serious, a penalty decided on {@code decidedOn} would apply to the
   * case's act; empty while the act's days are not recorded.
   */
  public List<ApplicableFine> applicableFines(InfringementCase c, LocalDate decidedOn) {
    if (c.getAct() == null) {
      return List.of();
    }
    return Stream.of(false, true)
        .flatMap(
            serious -> fineRanges.applicable(c.getAct().committedOn(), decidedOn, serious).stream())
        .toList();
  }

  /**
   * The head decides an administrative penalty, the fine checked against the range of the law
   * version that applies: the one in force when the act was committed, unless the one in force on
   * the decision date is lighter (Administrative Penalty Law art. 37).
   */
  @Transactional
  public InfringementCase decidePenalty(
      UUID id, Long expectedVersion, Penalty penalty, Officer officer) {
    InfringementCase c = changeable(id, expectedVersion, officer);
    BureauAccess.requireHeadOf(officer, c.getOwningUnit(), "a penalty decision");
    Instant now = now();
    LocalDate today = WorkingDayCalendar.dayOf(now);
    LocalDate decidedOn = penalty.decidedOn() == null ? today : penalty.decidedOn();
    if (decidedOn.isAfter(today) || decidedOn.isBefore(c.getFiling().getFiledOn())) {
      throw DomainException.invalidField("decidedOn", "must lie between the filing date and today");
    }
    if (penalty.actStartedOn() != null || penalty.actEndedOn() != null || c.getAct() == null) {
      c.recordAct(ActPeriod.of(penalty.actStartedOn(), penalty.actEndedOn(), decidedOn));
    }
    LocalDate committedOn = c.getAct().committedOn();
    if (committedOn.isAfter(decidedOn)) {
      throw DomainException.invalidField(
          "decidedOn", "must not precede the act's last day, " + committedOn);
    }
    ApplicableFine applicable =
        fineRanges
            .applicable(committedOn, decidedOn, penalty.serious())
            .orElseThrow(
                () ->
                    DomainException.invalidField(
                        "actStartedOn",
                        "no version of the Anti-Unfair Competition Law is recorded in force on "
                            + committedOn
                            + " or on the decision date "
                            + decidedOn));
    c.decidePenalty(
        penalty.orderToStop(),
        penalty.fine(),
        penalty.confiscation(),
        penalty.serious(),
        penalty.mitigationGrounds(),
        applicable,
        officer.account(),
        decidedOn,
        now);
    return saved(c);
  }

  @Transactional
  public InfringementCase concludeMediation(
      UUID id, Long expectedVersion, String courtUnit, String agreementSha256, Officer officer) {
    InfringementCase c = changeable(id, expectedVersion, officer);
    c.concludeMediation(courtUnit, agreementSha256, now());
    return saved(c);
  }

  /** An officer of the owning bureau records a mediation that ended without an agreement. */
  @Transactional
  public InfringementCase failMediation(
      UUID id,
      Long expectedVersion,
      MediationFailure.Reason reason,
      String details,
      Officer officer) {
    InfringementCase c = changeable(id, expectedVersion, officer);
    BureauAccess.requireOfficerOf(officer, c.getOwningUnit(), "recording a failed mediation");
    c.failMediation(reason, details, officer.account(), now());
    return saved(c);
  }

  /**
   * How a penalty decision was executed, as an officer of the owning bureau records it; no date
   * means today.
   */
  public record Execution(
      PenaltyExecution.Manner manner,
      @Nullable LocalDate executedOn,
      @Nullable BigDecimal amountPaid,
      @Nullable String documentNumber,
      @Nullable String court) {}

  /** An officer of the owning bureau records how the penalty decision was executed. */
  @Transactional
  public InfringementCase recordExecution(
      UUID id, Long expectedVersion, Execution execution, Officer officer) {
    InfringementCase c = changeable(id, expectedVersion, officer);
    BureauAccess.requireOfficerOf(officer, c.getOwningUnit(), "recording a penalty's execution");
    Instant now = now();
    LocalDate today = WorkingDayCalendar.dayOf(now);
    c.recordExecution(
        execution.manner(),
        execution.executedOn() == null ? today : execution.executedOn(),
        execution.amountPaid(),
        execution.documentNumber(),
        execution.court(),
        today,
        officer.account(),
        now);
    return saved(c);
  }

  @Transactional
  public InfringementCase close(UUID id, Long expectedVersion, String reason, Officer officer) {
    InfringementCase c = changeable(id, expectedVersion, officer);
    c.close(reason, officer.account(), now());
    return saved(c);
  }

  /**
   * Applies what referral-service reports about a case: an event about an unknown case, or one the
   * case no longer waits for, is logged and ignored.
   */
  @Transactional
  public void reported(String caseId, String what, Predicate<InfringementCase> transition) {
    Optional<InfringementCase> found = parse(caseId).flatMap(cases::findById);
    if (found.isEmpty()) {
      log.warn("{} about unknown case {} ignored", what, caseId);
    } else if (!transition.test(found.get())) {
      log.warn("{} ignored: case {} is {}", what, caseId, found.get().getStatus());
    } else {
      cases.save(found.get());
    }
  }

  private static Optional<UUID> parse(String id) {
    try {
      return Optional.ofNullable(id).map(UUID::fromString);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private InfringementCase visible(UUID id, Officer officer) {
    BureauAccess.requireMarketRegulation(officer);
    return cases
        .findById(id)
        .filter(c -> BureauAccess.covers(officer, c.getDistrict()))
        .orElseThrow(() -> DomainException.notFound("case", id));
  }

  private InfringementCase changeable(UUID id, Long expectedVersion, Officer officer) {
    InfringementCase c = visible(id, officer);
    c.requireVersion(expectedVersion);
    return c;
  }

  /**
   * Saves the change, which hands the events the case recorded to the outbox, and writes it now, so
   * the returned case carries its new version (its ETag).
   */
  private InfringementCase saved(InfringementCase c) {
    cases.saveAndFlush(c);
    return loaded(c);
  }

  /** Reads the case's collections inside the transaction: the API shows them after it ended. */
  private static InfringementCase loaded(InfringementCase c) {
    Hibernate.initialize(c);
    c.getFile().getEvidence();
    c.getFile().getSecretPoints();
    c.getFile().getAppraisals();
    return c;
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
