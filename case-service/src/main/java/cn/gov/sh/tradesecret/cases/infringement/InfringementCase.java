package cn.gov.sh.tradesecret.cases.infringement;

import cn.gov.sh.tradesecret.cases.deadline.DecisionDeadlines;
import cn.gov.sh.tradesecret.cases.deadline.ExtensionBasis;
import cn.gov.sh.tradesecret.cases.penalty.FineRange;
import cn.gov.sh.tradesecret.support.domain.AggregateRoot;
import cn.gov.sh.tradesecret.support.domain.DomainException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A trade-secret infringement case (案件), filed on a lead. It guards its own transitions and records
 * the event each causes ({@link CaseEvents}); its parts guard their own rules: the 90-day decision
 * clock of the market-regulation penalty procedure ({@link DecisionClock}), the duty to refer a
 * suspected crime to the police, 不得以罚代刑 ({@link Referral}), the fine within the range of the law in
 * force (Anti-Unfair Competition Law 2019, art. 21; {@link PenaltyDecision}), the mediation ({@link
 * Mediation}) and the closing with its outcome ({@link Closing}).
 */
@Entity
@Table(name = "infringement_case")
public class InfringementCase extends AggregateRoot<InfringementCase> {

  @Id private UUID id;

  @Column(name = "lead_id")
  private UUID leadId;

  @Column(name = "case_number")
  private String caseNumber;

  private String district;

  @Column(name = "owning_unit")
  private String owningUnit;

  @Column(name = "claimed_amount")
  private BigDecimal claimedAmount;

  @Column(name = "suspected_crime")
  private boolean suspectedCrime;

  @Enumerated(EnumType.STRING)
  private CaseStatus status;

  @Column(name = "filed_by")
  private String filedBy;

  @Column(name = "filed_at")
  private Instant filedAt;

  @Embedded private DecisionClock clock;
  @Embedded private Referral referral = new Referral();
  // Null until the step happened (Hibernate reads an embedded part whose columns are all null as
  // null).
  @Embedded private PenaltyDecision penalty;
  @Embedded private Mediation mediation;
  @Embedded private Closing closing;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "case_id", nullable = false)
  @OrderColumn(name = "position")
  private List<EvidenceItem> evidence = new ArrayList<>();

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "case_id", nullable = false)
  @OrderColumn(name = "position")
  private List<SecretPoint> secretPoints = new ArrayList<>();

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "case_id", nullable = false)
  @OrderColumn(name = "position")
  private List<Appraisal> appraisals = new ArrayList<>();

  @Version private long version;

  protected InfringementCase() {}

  /** Files the case (立案): it is investigated, and its decision clock starts. */
  InfringementCase(
      UUID id,
      UUID leadId,
      String caseNumber,
      String district,
      String owningUnit,
      BigDecimal claimedAmount,
      String filedBy,
      Instant filedAt,
      DecisionDeadlines deadlines) {
    this.id = id;
    this.leadId = leadId;
    this.caseNumber = caseNumber;
    this.district = district;
    this.owningUnit = owningUnit;
    this.claimedAmount = claimedAmount;
    this.suspectedCrime = Referral.isSuspectedCrime(claimedAmount);
    this.status = CaseStatus.INVESTIGATING;
    this.filedBy = filedBy;
    this.filedAt = filedAt;
    this.clock = DecisionClock.startedAt(filedAt, deadlines);
    record(CaseEvents.filed(this));
  }

  EvidenceItem addEvidence(
      EvidenceKind kind,
      String description,
      String collectedBy,
      Instant collectedAt,
      String sha256,
      String officer,
      Instant now) {
    requireOpen("take evidence");
    EvidenceItem item =
        new EvidenceItem(kind, description, collectedBy, collectedAt, sha256, officer, now);
    evidence.add(item);
    return item;
  }

  SecretPoint addSecretPoint(
      SecretPointCategory category, String content, String measures, String officer, Instant now) {
    requireOpen("record secret points");
    SecretPoint point = new SecretPoint(category, content, measures, officer, now);
    secretPoints.add(point);
    return point;
  }

  /** Starts an appraisal: the decision clock stops until it comes back. One at a time. */
  Appraisal startAppraisal(
      AppraisalMatter matter, String institution, String officer, Instant now) {
    requireStatus("start an appraisal", CaseStatus.INVESTIGATING);
    if (openAppraisal() != null) {
      throw DomainException.conflict(
          "appraisal-under-way", "an appraisal is already under way; finish it first");
    }
    Appraisal appraisal = new Appraisal(matter, institution, officer, now);
    appraisals.add(appraisal);
    clock.pause();
    record(CaseEvents.appraisalStarted(this, appraisal));
    return appraisal;
  }

  /**
   * Records an appraisal's result; the clock runs again, the deadline moved by the days it stood
   * still.
   */
  Appraisal finishAppraisal(
      UUID appraisalId,
      AppraisalConclusion conclusion,
      String reportSha256,
      Instant now,
      DecisionDeadlines deadlines) {
    Appraisal appraisal =
        appraisals.stream()
            .filter(a -> a.getId().equals(appraisalId))
            .findFirst()
            .orElseThrow(() -> DomainException.notFound("appraisal", appraisalId));
    clock.resume(appraisal.finish(conclusion, reportSha256, now, deadlines), filedAt, deadlines);
    record(CaseEvents.appraisalFinished(this, appraisal));
    return appraisal;
  }

  /**
   * Extends the decision deadline while the clock runs: by the head's 30 days, or to the date a
   * collective decision set, which it must name (see {@link DecisionClock}).
   */
  void extendDeadline(
      ExtensionBasis basis,
      LocalDate newDue,
      DecisionDeadlines deadlines,
      String head,
      Instant now) {
    if (basis != ExtensionBasis.HEAD_APPROVAL && newDue == null) {
      throw DomainException.invalidField(
          "newDueDate", "a collective decision sets the new last day");
    }
    if (!status.clockRuns()) {
      throw DomainException.conflict(
          "illegal-transition", "a case that is " + status + " has no running deadline to extend");
    }
    LocalDate previous = clock.getDecisionDue();
    if (basis == ExtensionBasis.HEAD_APPROVAL) {
      clock.extendByHead(filedAt, deadlines);
    } else {
      clock.extendByCollectiveDecision(newDue);
    }
    record(CaseEvents.deadlineExtended(this, basis, previous, head, now));
  }

  void proposeReferral(String grounds, String head, Instant now) {
    requireStatus("propose a referral", CaseStatus.INVESTIGATING);
    status = CaseStatus.REFERRAL_PROPOSED;
    referral.proposed(grounds, head, now);
    record(CaseEvents.referralProposed(this));
  }

  /**
   * The police accepted the referral; false when the case awaits no referral (an old or stray
   * event).
   */
  boolean referralAccepted(String referralId) {
    return reported(
        CaseStatus.REFERRAL_PROPOSED, CaseStatus.REFERRED, () -> referral.answered(referralId));
  }

  /** The police declined: the case goes on administratively, and a penalty is then allowed. */
  boolean referralDeclined(String referralId) {
    return reported(
        CaseStatus.REFERRAL_PROPOSED,
        CaseStatus.INVESTIGATING,
        () -> referral.declinedByPolice(referralId));
  }

  /**
   * The head rejected the proposed referral in referral-service: the case goes on administratively.
   */
  boolean referralRejected(String referralId) {
    return reported(
        CaseStatus.REFERRAL_PROPOSED,
        CaseStatus.INVESTIGATING,
        () -> referral.answered(referralId));
  }

  /**
   * The head decides the penalty (see {@link PenaltyDecision}); not while an appraisal or a
   * referral is owed.
   */
  void decidePenalty(
      boolean orderToStop,
      BigDecimal fine,
      BigDecimal confiscation,
      boolean serious,
      String mitigationGrounds,
      FineRange range,
      String head,
      LocalDate decidedOn,
      Instant now) {
    requireStatus("decide a penalty", CaseStatus.INVESTIGATING);
    requireNoAppraisalUnderWay("decide a penalty");
    referral.requireNotReplacedBy("an administrative penalty", suspectedCrime, claimedAmount);
    penalty =
        PenaltyDecision.decide(
            orderToStop, fine, confiscation, serious, mitigationGrounds, range, head, decidedOn);
    status = CaseStatus.PENALTY_DECIDED;
    record(CaseEvents.penaltyDecided(this, now));
  }

  /** A mediation agreement was concluded before {@code courtUnit} (null: the district's court). */
  void concludeMediation(String courtUnit, String agreementSha256, Instant now) {
    requireStatus("conclude a mediation", CaseStatus.INVESTIGATING);
    requireNoAppraisalUnderWay("conclude a mediation");
    referral.requireNotReplacedBy("a mediation", suspectedCrime, claimedAmount);
    mediation = Mediation.concluded(courtUnit, district, agreementSha256, now);
    status = CaseStatus.MEDIATION_CONCLUDED;
    record(CaseEvents.mediationConcluded(this));
  }

  /** The court confirmed the mediation agreement; false when no mediation awaits confirmation. */
  boolean confirmationGranted() {
    return reported(CaseStatus.MEDIATION_CONCLUDED, CaseStatus.MEDIATION_CONFIRMED, () -> {});
  }

  /** The court refused to confirm the agreement: the case is investigated again. */
  boolean confirmationRefused() {
    return reported(CaseStatus.MEDIATION_CONCLUDED, CaseStatus.INVESTIGATING, () -> {});
  }

  /**
   * Takes a step another agency reported, if the case awaits it: false (nothing changed) when it
   * does not.
   */
  private boolean reported(CaseStatus awaiting, CaseStatus next, Runnable change) {
    if (status != awaiting) {
      return false;
    }
    status = next;
    change.run();
    return true;
  }

  /**
   * Closes the case (结案) with the outcome it reached: a penalty decided, a mediation confirmed, a
   * referral accepted, or, from investigation, no penalty with written reasons.
   */
  void close(String reason, String officer, Instant now) {
    if (status == CaseStatus.INVESTIGATING) {
      requireNoAppraisalUnderWay("close the case");
      referral.requireNotReplacedBy("closing without penalty", suspectedCrime, claimedAmount);
    }
    closing = Closing.of(status, reason, officer, now);
    status = CaseStatus.CLOSED;
    record(CaseEvents.closed(this));
  }

  private void requireNoAppraisalUnderWay(String action) {
    if (openAppraisal() != null) {
      throw DomainException.conflict(
          "appraisal-under-way", "cannot " + action + " while an appraisal is under way");
    }
  }

  private void requireOpen(String action) {
    if (status == CaseStatus.CLOSED) {
      throw DomainException.conflict(
          "illegal-transition", "cannot " + action + " on a closed case");
    }
  }

  private void requireStatus(String action, CaseStatus required) {
    if (status != required) {
      throw DomainException.conflict(
          "illegal-transition",
          "cannot " + action + " on a case that is " + status + "; it must be " + required);
    }
  }

  public Appraisal openAppraisal() {
    return appraisals.stream().filter(Appraisal::isOpen).findFirst().orElse(null);
  }

  /**
   * Refuses a change made on a version other than the current one (optimistic locking); null names
   * none.
   */
  void requireVersion(Long expected) {
    if (expected != null && expected != version) {
      throw DomainException.stale(
          "the case changed since it was read (its version is "
              + version
              + ", not "
              + expected
              + "); read it again");
    }
  }

  public UUID getId() {
    return id;
  }

  public UUID getLeadId() {
    return leadId;
  }

  public String getCaseNumber() {
    return caseNumber;
  }

  public String getDistrict() {
    return district;
  }

  public String getOwningUnit() {
    return owningUnit;
  }

  public BigDecimal getClaimedAmount() {
    return claimedAmount;
  }

  public boolean isSuspectedCrime() {
    return suspectedCrime;
  }

  public CaseStatus getStatus() {
    return status;
  }

  public String getFiledBy() {
    return filedBy;
  }

  public Instant getFiledAt() {
    return filedAt;
  }

  public DecisionClock getClock() {
    return clock;
  }

  public Referral getReferral() {
    return referral;
  }

  public PenaltyDecision getPenalty() {
    return penalty;
  }

  public Mediation getMediation() {
    return mediation;
  }

  public Closing getClosing() {
    return closing;
  }

  public List<EvidenceItem> getEvidence() {
    return List.copyOf(evidence);
  }

  public List<SecretPoint> getSecretPoints() {
    return List.copyOf(secretPoints);
  }

  public List<Appraisal> getAppraisals() {
    return List.copyOf(appraisals);
  }

  public long getVersion() {
    return version;
  }
}
