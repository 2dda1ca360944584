package cn.gov.sh.tradesecret.cases.infringement;

import cn.gov.sh.tradesecret.cases.deadline.DecisionDeadlines;
import cn.gov.sh.tradesecret.cases.penalty.FineRange;
import cn.gov.sh.tradesecret.support.domain.DomainException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A trade-secret infringement case (案件), filed on a lead. It guards its own transitions:
 *
 * <ul>
 *   <li>It must be decided within 90 days of filing; the head may extend by 30 days, beyond that only a
 *       recorded collective decision sets a new date; appraisals stop the clock (market-regulation
 *       penalty procedure).</li>
 *   <li>A loss or illegal gain of 300,000 yuan or more makes it a suspected crime (criminal law threshold
 *       for "serious"): it must be referred to the police, and no penalty, mediation or closing without
 *       penalty may replace the referral (不得以罚代刑) unless the police declined it.</li>
 *   <li>The fine lies within the range of the law version in force on the decision date (Anti-Unfair
 *       Competition Law 2019, art. 21).</li>
 * </ul>
 */
@Entity
@Table(name = "infringement_case")
public class InfringementCase {

  /** Loss or illegal gain from which a case is a suspected crime, in yuan. */
  public static final BigDecimal SUSPECTED_CRIME_THRESHOLD = new BigDecimal("300000");

  private static final Set<CaseStatus> CLOCK_RUNNING = EnumSet.of(CaseStatus.INVESTIGATING, CaseStatus.REFERRAL_PROPOSED);

  @Id
  private UUID id;
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
  @Enumerated(EnumType.STRING)
  private CaseOutcome outcome;
  @Column(name = "filed_by")
  private String filedBy;
  @Column(name = "filed_at")
  private Instant filedAt;
  @Column(name = "extension_days")
  private int extensionDays;
  @Column(name = "collective_due")
  private LocalDate collectiveDue;
  @Column(name = "paused_days")
  private int pausedDays;
  @Column(name = "clock_paused")
  private boolean clockPaused;
  @Column(name = "decision_due")
  private LocalDate decisionDue;
  @Column(name = "referral_grounds")
  private String referralGrounds;
  @Column(name = "referral_proposed_by")
  private String referralProposedBy;
  @Column(name = "referral_proposed_at")
  private Instant referralProposedAt;
  @Column(name = "referral_id")
  private String referralId;
  @Column(name = "referral_declined")
  private boolean referralDeclined;
  @Column(name = "order_to_stop")
  private Boolean orderToStop;
  private BigDecimal fine;
  private BigDecimal confiscation;
  private Boolean serious;
  @Column(name = "mitigation_grounds")
  private String mitigationGrounds;
  @Column(name = "law_version")
  private String lawVersion;
  @Column(name = "penalty_decided_by")
  private String penaltyDecidedBy;
  @Column(name = "penalty_decided_on")
  private LocalDate penaltyDecidedOn;
  @Column(name = "mediation_court_unit")
  private String mediationCourtUnit;
  @Column(name = "mediation_agreement_sha256")
  private String mediationAgreementSha256;
  @Column(name = "mediation_concluded_at")
  private Instant mediationConcludedAt;
  @Column(name = "closing_reason")
  private String closingReason;
  @Column(name = "closed_by")
  private String closedBy;
  @Column(name = "closed_at")
  private Instant closedAt;

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

  @Version
  private long version;

  protected InfringementCase() {}

  InfringementCase(UUID id, UUID leadId, String caseNumber, String district, String owningUnit,
      BigDecimal claimedAmount, String filedBy, Instant filedAt, DecisionDeadlines deadlines) {
    this.id = id;
    this.leadId = leadId;
    this.caseNumber = caseNumber;
    this.district = district;
    this.owningUnit = owningUnit;
    this.claimedAmount = claimedAmount;
    this.suspectedCrime = claimedAmount.compareTo(SUSPECTED_CRIME_THRESHOLD) >= 0;
    this.status = CaseStatus.INVESTIGATING;
    this.filedBy = filedBy;
    this.filedAt = filedAt;
    this.decisionDue = deadlines.caseDecisionDue(filedAt, 0, 0, null);
  }

  EvidenceItem addEvidence(EvidenceKind kind, String description, String collectedBy, Instant collectedAt,
      String sha256, String officer, Instant now) {
    requireOpen("take evidence");
    EvidenceItem item = new EvidenceItem(kind, description, collectedBy, collectedAt, sha256, officer, now);
    evidence.add(item);
    return item;
  }

  SecretPoint addSecretPoint(SecretPointCategory category, String content, String measures, String officer,
      Instant now) {
    requireOpen("record secret points");
    SecretPoint point = new SecretPoint(category, content, measures, officer, now);
    secretPoints.add(point);
    return point;
  }

  /** Starts an appraisal: the decision clock stops until it comes back. One at a time. */
  Appraisal startAppraisal(AppraisalMatter matter, String institution, String officer, Instant now) {
    requireStatus("start an appraisal", CaseStatus.INVESTIGATING);
    if (openAppraisal() != null) {
      throw DomainException.conflict("appraisal-under-way", "an appraisal is already under way; finish it first");
    }
    Appraisal appraisal = new Appraisal(matter, institution, officer, now);
    appraisals.add(appraisal);
    clockPaused = true;
    return appraisal;
  }

  /** Records an appraisal's result; the clock runs again, the deadline moved by the days it stood still. */
  Appraisal finishAppraisal(UUID appraisalId, AppraisalConclusion conclusion, String reportSha256, Instant now,
      DecisionDeadlines deadlines) {
    Appraisal appraisal = appraisals.stream().filter(a -> a.getId().equals(appraisalId)).findFirst()
        .orElseThrow(() -> DomainException.notFound("appraisal", appraisalId));
    if (!appraisal.isOpen()) {
      throw DomainException.conflict("illegal-transition", "this appraisal already came back");
    }
    int paused = deadlines.pausedDays(appraisal.getStartedAt(), now);
    appraisal.finish(conclusion, reportSha256, now, paused);
    pausedDays += paused;
    clockPaused = false;
    decisionDue = deadlines.caseDecisionDue(filedAt, extensionDays, pausedDays, collectiveDue);
    return appraisal;
  }

  /** The head's extension by 30 days; once, and not after a collective decision. */
  void extendByHead(DecisionDeadlines deadlines) {
    requireClockRunning();
    if (extensionDays > 0 || collectiveDue != null) {
      throw DomainException.conflict("extension-exhausted", "the head's 30-day extension was already granted; "
          + "beyond it only a recorded collective decision may set a new date");
    }
    extensionDays = DecisionDeadlines.CASE_EXTENSION_DAYS;
    decisionDue = deadlines.caseDecisionDue(filedAt, extensionDays, pausedDays, collectiveDue);
  }

  /** A collective decision sets a new date, after the head's extension was used. */
  void extendByCollectiveDecision(LocalDate newDue) {
    requireClockRunning();
    if (extensionDays == 0) {
      throw DomainException.conflict("extension-order",
          "a collective decision comes only after the head's 30-day extension was granted");
    }
    if (!newDue.isAfter(decisionDue)) {
      throw DomainException.invalidField("newDueDate", "must be after the current deadline " + decisionDue);
    }
    collectiveDue = newDue;
    decisionDue = newDue;
  }

  void proposeReferral(String grounds, String officer, Instant now) {
    requireStatus("propose a referral", CaseStatus.INVESTIGATING);
    status = CaseStatus.REFERRAL_PROPOSED;
    referralGrounds = grounds;
    referralProposedBy = officer;
    referralProposedAt = now;
  }

  /** The police accepted the referral; false when the case awaits no referral (an old or stray event). */
  boolean referralAccepted(String referral) {
    if (status != CaseStatus.REFERRAL_PROPOSED) {
      return false;
    }
    status = CaseStatus.REFERRED;
    referralId = referral;
    return true;
  }

  /** The police declined: the case goes on administratively, and a penalty is then allowed. */
  boolean referralDeclined(String referral) {
    if (status != CaseStatus.REFERRAL_PROPOSED) {
      return false;
    }
    status = CaseStatus.INVESTIGATING;
    referralId = referral;
    referralDeclined = true;
    return true;
  }

  /** The head rejected the proposed referral in referral-service: the case goes on administratively. */
  boolean referralRejected(String referral) {
    if (status != CaseStatus.REFERRAL_PROPOSED) {
      return false;
    }
    status = CaseStatus.INVESTIGATING;
    referralId = referral;
    return true;
  }

  /**
   * Decides the penalty. With mitigation grounds (减轻处罚, Administrative Penalty Law 2021 art. 32) the
   * fine may lie below the range's minimum, never above its maximum.
   */
  void decidePenalty(boolean orderToStop, BigDecimal fine, BigDecimal confiscation, boolean serious,
      String mitigationGrounds, FineRange range, String head, LocalDate decidedOn) {
    requireStatus("decide a penalty", CaseStatus.INVESTIGATING);
    requireNoAppraisalUnderWay("decide a penalty");
    requireNoPendingReferral("an administrative penalty");
    boolean mitigated = mitigationGrounds != null && !mitigationGrounds.isBlank();
    if (mitigated ? fine.compareTo(range.max()) > 0 : !range.contains(fine)) {
      throw DomainException.invalidField("fine", "must be " + (mitigated ? "at most " : "between "
          + range.min().toPlainString() + " and ") + range.max().toPlainString() + " yuan for "
          + (serious ? "a serious case" : "a case") + " under " + range.article() + " (" + range.lawVersion() + ")"
          + (mitigated ? ", mitigated" : ""));
    }
    this.mitigationGrounds = mitigated ? mitigationGrounds : null;
    status = CaseStatus.PENALTY_DECIDED;
    this.orderToStop = orderToStop;
    this.fine = fine;
    this.confiscation = confiscation;
    this.serious = serious;
    this.lawVersion = range.lawVersion();
    this.penaltyDecidedBy = head;
    this.penaltyDecidedOn = decidedOn;
  }

  void concludeMediation(String courtUnit, String agreementSha256, Instant now) {
    requireStatus("conclude a mediation", CaseStatus.INVESTIGATING);
    requireNoAppraisalUnderWay("conclude a mediation");
    requireNoPendingReferral("a mediation");
    status = CaseStatus.MEDIATION_CONCLUDED;
    mediationCourtUnit = courtUnit;
    mediationAgreementSha256 = agreementSha256;
    mediationConcludedAt = now;
  }

  boolean confirmationGranted() {
    if (status != CaseStatus.MEDIATION_CONCLUDED) {
      return false;
    }
    status = CaseStatus.MEDIATION_CONFIRMED;
    return true;
  }

  /** The court refused to confirm the agreement: the case is investigated again. */
  boolean confirmationRefused() {
    if (status != CaseStatus.MEDIATION_CONCLUDED) {
      return false;
    }
    status = CaseStatus.INVESTIGATING;
    return true;
  }

  /**
   * Closes the case (结案) with the outcome it reached: a penalty decided, a mediation confirmed, a
   * referral accepted, or, from investigation, no penalty with written reasons.
   */
  void close(String reason, String officer, Instant now) {
    outcome = switch (status) {
      case PENALTY_DECIDED -> CaseOutcome.PENALTY;
      case MEDIATION_CONFIRMED -> CaseOutcome.MEDIATION;
      case REFERRED -> CaseOutcome.REFERRAL;
      case INVESTIGATING -> {
        requireNoAppraisalUnderWay("close the case");
        requireNoPendingReferral("closing without penalty");
        if (reason == null || reason.isBlank()) {
          throw DomainException.invalidField("reason", "closing without penalty needs the reasons in writing");
        }
        yield CaseOutcome.NO_PENALTY;
      }
      default -> throw DomainException.conflict("illegal-transition", "a case that is " + status
          + " cannot be closed; close it after a penalty decision, a confirmed mediation, an accepted referral, "
          + "or from investigation without penalty");
    };
    status = CaseStatus.CLOSED;
    closingReason = reason;
    closedBy = officer;
    closedAt = now;
  }

  private void requireNoPendingReferral(String what) {
    if (suspectedCrime && !referralDeclined) {
      throw DomainException.conflict("suspected-crime", "the loss or illegal gain of " + claimedAmount.toPlainString()
          + " yuan reaches the criminal threshold of 300,000 yuan: the case must be referred to the police, and "
          + what + " may not replace the referral (不得以罚代刑) unless the police declined it");
    }
  }

  private void requireNoAppraisalUnderWay(String action) {
    if (openAppraisal() != null) {
      throw DomainException.conflict("appraisal-under-way", "cannot " + action + " while an appraisal is under way");
    }
  }

  private void requireOpen(String action) {
    if (status == CaseStatus.CLOSED) {
      throw DomainException.conflict("illegal-transition", "cannot " + action + " on a closed case");
    }
  }

  private void requireClockRunning() {
    if (!isClockRunning()) {
      throw DomainException.conflict("illegal-transition", "a case that is " + status + " has no running deadline to extend");
    }
  }

  private void requireStatus(String action, CaseStatus required) {
    if (status != required) {
      throw DomainException.conflict("illegal-transition",
          "cannot " + action + " on a case that is " + status + "; it must be " + required);
    }
  }

  public boolean isClockRunning() {
    return CLOCK_RUNNING.contains(status);
  }

  public Appraisal openAppraisal() {
    return appraisals.stream().filter(Appraisal::isOpen).findFirst().orElse(null);
  }

  /**
   * Refuses a change made on a version other than the current one (optimistic locking): whoever acts
   * must have seen the case as it stands. Null names no version.
   */
  void requireVersion(Long expected) {
    if (expected != null && expected != version) {
      throw DomainException.stale("the case changed since it was read (its version is " + version
          + ", not " + expected + "); read it again");
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

  public CaseOutcome getOutcome() {
    return outcome;
  }

  public String getFiledBy() {
    return filedBy;
  }

  public Instant getFiledAt() {
    return filedAt;
  }

  public int getExtensionDays() {
    return extensionDays;
  }

  public LocalDate getCollectiveDue() {
    return collectiveDue;
  }

  public int getPausedDays() {
    return pausedDays;
  }

  public boolean isClockPaused() {
    return clockPaused;
  }

  public LocalDate getDecisionDue() {
    return decisionDue;
  }

  public String getReferralGrounds() {
    return referralGrounds;
  }

  public String getReferralProposedBy() {
    return referralProposedBy;
  }

  public Instant getReferralProposedAt() {
    return referralProposedAt;
  }

  public String getReferralId() {
    return referralId;
  }

  public boolean isReferralDeclined() {
    return referralDeclined;
  }

  public Boolean getOrderToStop() {
    return orderToStop;
  }

  public BigDecimal getFine() {
    return fine;
  }

  public BigDecimal getConfiscation() {
    return confiscation;
  }

  public Boolean getSerious() {
    return serious;
  }

  public String getMitigationGrounds() {
    return mitigationGrounds;
  }

  public String getLawVersion() {
    return lawVersion;
  }

  public String getPenaltyDecidedBy() {
    return penaltyDecidedBy;
  }

  public LocalDate getPenaltyDecidedOn() {
    return penaltyDecidedOn;
  }

  public String getMediationCourtUnit() {
    return mediationCourtUnit;
  }

  public String getMediationAgreementSha256() {
    return mediationAgreementSha256;
  }

  public Instant getMediationConcludedAt() {
    return mediationConcludedAt;
  }

  public String getClosingReason() {
    return closingReason;
  }

  public String getClosedBy() {
    return closedBy;
  }

  public Instant getClosedAt() {
    return closedAt;
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
