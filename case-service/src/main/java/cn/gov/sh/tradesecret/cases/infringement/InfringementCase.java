package cn.gov.sh.tradesecret.cases.infringement;

import cn.gov.sh.tradesecret.cases.deadline.DecisionDeadlines;
import cn.gov.sh.tradesecret.cases.deadline.ExtensionBasis;
import cn.gov.sh.tradesecret.cases.enterprise.EvidenceDeposits;
import cn.gov.sh.tradesecret.cases.lead.Designation;
import cn.gov.sh.tradesecret.cases.penalty.ApplicableFine;
import cn.gov.sh.tradesecret.cases.penalty.CrimeThreshold;
import cn.gov.sh.tradesecret.support.domain.AggregateRoot;
import cn.gov.sh.tradesecret.support.domain.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A trade-secret infringement case (案件), filed on a lead. It guards its own transitions and records
 * the event each causes ({@link CaseEvents}); its parts guard their own rules: the 90-day decision
 * clock of the market-regulation penalty procedure ({@link DecisionClock}), the duty to refer a
 * suspected crime to the police, 不得以罚代刑 ({@link Referral}), the fine within the range of the law
 * version that applies to the act ({@link ActPeriod}, {@link PenaltyDecision}), the mediation
 * ({@link Mediation}) and the closing with its outcome ({@link Closing}); its {@link Filing}
 * records how it was filed, its {@link CaseFile} holds the evidence, secret points and appraisals.
 */
@Entity
@Table(name = "infringement_case")
public class InfringementCase extends AggregateRoot<InfringementCase> {

  @Id private UUID id;

  @Embedded private Filing filing;

  private String district;

  @Column(name = "owning_unit")
  private String owningUnit;

  @Column(name = "claimed_amount")
  private BigDecimal claimedAmount;

  @Column(name = "suspected_crime")
  private boolean suspectedCrime;

  @Column(name = "established_loss")
  private BigDecimal establishedLoss;

  @Column(name = "illegal_gains")
  private BigDecimal illegalGains;

  @Column(name = "crime_threshold")
  private String crimeThreshold;

  @Column(name = "suspected_crime_grounds")
  private String suspectedCrimeGrounds;

  // Null unless recorded.
  @Embedded private RightsHolderBankruptcy bankruptcy;

  @Enumerated(EnumType.STRING)
  private CaseStatus status;

  // Null unless a district bureau filed under a rule that needs the municipal designation.
  @Embedded private Designation designation;

  @Column(name = "jurisdiction_rule")
  private String jurisdictionRule;

  // Null until recorded.
  @Embedded private CaseFacts facts;

  // Null until recorded (see ActPeriod).
  @Embedded private ActPeriod act;

  @Embedded private DecisionClock clock;
  @Embedded private Referral referral = new Referral();
  // Null until the step happened (Hibernate reads an embedded part whose columns are all null as
  // null).
  @Embedded private PenaltyDecision penalty;
  @Embedded private Mediation mediation;
  @Embedded private MediationFailure mediationFailure;
  @Embedded private PenaltyExecution execution;
  @Embedded private Closing closing;

  @Embedded private CaseFile file = new CaseFile();

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
      DecisionDeadlines deadlines,
      CrimeThreshold threshold,
      String jurisdictionRule,
      Designation designation) {
    this.id = id;
    this.filing = new Filing(leadId, caseNumber, filedBy, filedAt);
    this.district = district;
    this.owningUnit = owningUnit;
    this.claimedAmount = claimedAmount;
    assessCrime(threshold);
    this.jurisdictionRule = jurisdictionRule;
    this.designation = designation;
    this.status = CaseStatus.INVESTIGATING;
    this.clock = DecisionClock.startedAt(filedAt, deadlines);
    record(CaseEvents.filed(this));
  }

  EvidenceItem addEvidence(
      EvidenceKind kind,
      String description,
      String collectedBy,
      Instant collectedAt,
      String sha256,
      EvidenceDeposits.@Nullable Deposit deposit,
      String officer,
      Instant now) {
    status.requireOpen("take evidence");
    return file.add(
        new EvidenceItem(
            kind, description, collectedBy, collectedAt, sha256, deposit, officer, now));
  }

  SecretPoint addSecretPoint(
      SecretPointCategory category, String content, String measures, String officer, Instant now) {
    status.requireOpen("record secret points");
    return file.add(new SecretPoint(category, content, measures, officer, now));
  }

  /** Starts an appraisal: the decision clock stops until it comes back. One at a time. */
  Appraisal startAppraisal(
      AppraisalMatter matter, String institution, String officer, Instant now) {
    status.require(CaseStatus.INVESTIGATING, "start an appraisal");
    Appraisal appraisal = file.add(new Appraisal(matter, institution, officer, now));
    clock.pause();
    record(CaseEvents.appraisalStarted(this, appraisal));
    return appraisal;
  }

  /**
   * Records an appraisal's result; the clock runs again, the deadline moved by the days it stood
   * still. A loss or illegal gains it established replace what was known of them, and the
   * suspected-crime finding is made again on them against {@code threshold}, raised or cleared.
   */
  Appraisal finishAppraisal(
      UUID appraisalId,
      AppraisalResult result,
      Instant now,
      DecisionDeadlines deadlines,
      CrimeThreshold threshold) {
    Appraisal appraisal = file.appraisal(appraisalId);
    clock.resume(appraisal.finish(result, now, deadlines), filing.getFiledAt(), deadlines);
    if (result.establishesAmounts()) {
      if (result.establishedLoss() != null) {
        establishedLoss = result.establishedLoss();
      }
      if (result.illegalGains() != null) {
        illegalGains = result.illegalGains();
      }
    }
    record(CaseEvents.appraisalFinished(this, appraisal));
    if (result.establishesAmounts()) {
      reassessCrime(CrimeFinding.Trigger.APPRAISAL_FINISHED, threshold, now);
    }
    return appraisal;
  }

  /**
   * Records the rights holder's bankruptcy (replacing what was recorded) while the case is open;
   * the suspected-crime finding is made again against {@code threshold}.
   */
  void recordBankruptcy(RightsHolderBankruptcy declared, CrimeThreshold threshold, Instant now) {
    status.requireOpen("record the rights holder's bankruptcy");
    bankruptcy = declared;
    reassessCrime(CrimeFinding.Trigger.RIGHTS_HOLDER_BANKRUPTCY, threshold, now);
  }

  private void assessCrime(CrimeThreshold threshold) {
    CrimeFinding finding =
        CrimeFinding.of(claimedAmount, establishedLoss, illegalGains, bankruptcy, threshold);
    suspectedCrime = finding.suspected();
    suspectedCrimeGrounds = finding.grounds();
    crimeThreshold = threshold.id();
  }

  /** Makes the finding again; a finding raised or cleared is an event (issue 17). */
  private void reassessCrime(CrimeFinding.Trigger trigger, CrimeThreshold threshold, Instant now) {
    boolean before = suspectedCrime;
    assessCrime(threshold);
    if (suspectedCrime != before) {
      record(CaseEvents.suspectedCrimeReassessed(this, trigger, threshold, now));
    }
  }

  private CrimeFinding crimeFinding() {
    return new CrimeFinding(
        suspectedCrime,
        suspectedCrimeGrounds == null
            ? "the claimed loss of "
                + claimedAmount.toPlainString()
                + " yuan reaches the criminal threshold"
            : suspectedCrimeGrounds);
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
    LocalDate previous = clock.getDecisionDue();
    clock.extend(basis, newDue, status, filing.getFiledAt(), deadlines);
    record(
        CaseEvents.deadlineExtended(
            this,
            basis,
            previous,
            head,
            now,
            deadlines.isProvisional(clock.getDecisionDue(), now)));
  }

  void proposeReferral(String grounds, String head, Instant now) {
    status.require(CaseStatus.INVESTIGATING, "propose a referral");
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

  /** Records (or corrects) the facts the white paper counts; also after closing. */
  void recordFacts(CaseFacts facts) {
    this.facts = facts;
  }

  /** Records when the infringement took place (replacing what was recorded), while open. */
  void recordAct(ActPeriod period) {
    status.requireOpen("record when the act took place");
    act = period;
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
      ApplicableFine range,
      String head,
      LocalDate decidedOn,
      Instant now) {
    status.require(CaseStatus.INVESTIGATING, "decide a penalty");
    file.requireNoAppraisalUnderWay("decide a penalty");
    referral.requireNotReplacedBy("an administrative penalty", crimeFinding());
    penalty =
        PenaltyDecision.decide(
            orderToStop, fine, confiscation, serious, mitigationGrounds, range, head, decidedOn);
    status = CaseStatus.PENALTY_DECIDED;
    record(CaseEvents.penaltyDecided(this, now));
  }

  /** A mediation agreement was concluded before {@code courtUnit} (null: the district's court). */
  void concludeMediation(String courtUnit, String agreementSha256, Instant now) {
    status.require(CaseStatus.INVESTIGATING, "conclude a mediation");
    file.requireNoAppraisalUnderWay("conclude a mediation");
    referral.requireNotReplacedBy("a mediation", crimeFinding());
    mediation = Mediation.concluded(courtUnit, district, agreementSha256, now);
    status = CaseStatus.MEDIATION_CONCLUDED;
    record(CaseEvents.mediationConcluded(this));
  }

  /**
   * A mediation ended without an agreement: recorded while one is possible (under investigation, no
   * crime to refer); the case is investigated on.
   */
  void failMediation(MediationFailure.Reason reason, String details, String officer, Instant now) {
    status.require(CaseStatus.INVESTIGATING, "record a failed mediation");
    referral.requireNotReplacedBy("a mediation", crimeFinding());
    mediationFailure = MediationFailure.of(reason, details, officer, now);
    record(CaseEvents.mediationFailed(this));
  }

  /**
   * Records how the penalty decision was executed (replacing an earlier record), once a penalty was
   * decided, also after closing.
   */
  void recordExecution(
      PenaltyExecution.Manner manner,
      LocalDate executedOn,
      BigDecimal amountPaid,
      String documentNumber,
      String court,
      LocalDate today,
      String officer,
      Instant now) {
    if (penalty == null) {
      throw DomainException.conflict(
          "illegal-transition",
          "cannot record the execution of a penalty on a case that is "
              + status
              + " without a penalty decision");
    }
    execution =
        PenaltyExecution.of(
            manner, executedOn, amountPaid, documentNumber, court, penalty, today, officer, now);
    record(CaseEvents.penaltyExecuted(this));
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
      file.requireNoAppraisalUnderWay("close the case");
      referral.requireNotReplacedBy("closing without penalty", crimeFinding());
    }
    closing = Closing.of(status, reason, officer, now);
    status = CaseStatus.CLOSED;
    record(CaseEvents.closed(this));
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

  public Filing getFiling() {
    return filing;
  }

  public String getCaseNumber() {
    return filing.getCaseNumber();
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

  /** The loss to the rights holder an appraisal established; null until one did. */
  public BigDecimal getEstablishedLoss() {
    return establishedLoss;
  }

  /** The illegal gains an appraisal established; null until one did. */
  public BigDecimal getIllegalGains() {
    return illegalGains;
  }

  /** The rights holder's bankruptcy; null unless recorded. */
  public RightsHolderBankruptcy getBankruptcy() {
    return bankruptcy;
  }

  /** The threshold the suspected-crime finding applied (null on cases filed before it was data). */
  public String getCrimeThreshold() {
    return crimeThreshold;
  }

  public String getSuspectedCrimeGrounds() {
    return suspectedCrimeGrounds;
  }

  public CaseStatus getStatus() {
    return status;
  }

  /** The filing rule in force when the case was filed (null: none applied). */
  public String getJurisdictionRule() {
    return jurisdictionRule;
  }

  /** The municipal bureau's designation the district bureau filed with; null when none. */
  public Designation getDesignation() {
    return designation;
  }

  /** What the white paper counts of the case; null until recorded. */
  public CaseFacts getFacts() {
    return facts;
  }

  /** When the infringement took place; null until recorded. */
  public ActPeriod getAct() {
    return act;
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

  /** The last mediation that ended without an agreement; null when none. */
  public MediationFailure getMediationFailure() {
    return mediationFailure;
  }

  /** How the penalty decision was executed; null until recorded. */
  public PenaltyExecution getExecution() {
    return execution;
  }

  public Closing getClosing() {
    return closing;
  }

  public CaseFile getFile() {
    return file;
  }

  public long getVersion() {
    return version;
  }
}
