package cn.gov.sh.tradesecret.referrals.referral;

import cn.gov.sh.tradesecret.events.reference.AgencyType;
import cn.gov.sh.tradesecret.support.domain.AggregateRoot;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The referral of a suspected crime found in an administrative case to the police (行刑衔接), per the
 * State Council regulation on the transfer of suspected criminal cases by administrative
 * law-enforcement agencies (2020 revision). The referring unit is the market-regulation bureau of
 * the case's district; the police unit is the one of the same level and district (or the one it was
 * forwarded to); the procuratorate of that district is copied and may supervise.
 *
 * <p>The aggregate guards its own transitions: a step out of order is refused with the problem type
 * {@value #WRONG_STEP}, and every step taken is recorded in its history and records the event it
 * caused ({@link ReferralPayloads}), published when the referral is saved.
 */
@Entity
@Table(name = "referral")
public class Referral extends AggregateRoot<Referral> {

  /** Problem type of a step that does not fit the referral's status. */
  public static final String WRONG_STEP = "referral-wrong-step";

  @Id private UUID id;

  @Embedded private ReferredCase referredCase;

  @Enumerated(EnumType.STRING)
  private ReferralStatus status;

  @Enumerated(EnumType.STRING)
  private SupervisionStatus supervision;

  /** Null until the transfer (all its columns are null then): see {@link #police()}. */
  @Embedded private PoliceUnits police;

  /** Null until the transfer (its column is null then): see {@link #materials()}. */
  @Embedded private Materials materials;

  @Column(name = "criminal_case_number")
  private String criminalCaseNumber;

  @Column(name = "declined_at")
  private Instant declinedAt;

  @Column(name = "reconsideration_decided_at")
  private Instant reconsiderationDecidedAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @OneToMany(cascade = CascadeType.ALL)
  @JoinColumn(name = "referral_id", nullable = false, updatable = false)
  @OrderBy("id")
  private List<ReferralStep> history = new ArrayList<>();

  @Version private long version;

  protected Referral() {}

  Referral(
      UUID id,
      String caseId,
      String caseNumber,
      String district,
      String reason,
      Actor proposer,
      Instant proposedAt) {
    this.id = id;
    this.referredCase =
        ReferredCase.proposed(caseId, caseNumber, district, reason, proposer, proposedAt);
    this.status = ReferralStatus.PROPOSED;
    this.supervision = SupervisionStatus.NONE;
    this.updatedAt = proposedAt;
    history.add(
        new ReferralStep(
            Step.PROPOSED, null, ReferralStatus.PROPOSED, proposer, proposedAt, reason, List.of()));
    record(ReferralPayloads.proposed(this));
  }

  /** The head approves (art. 5: within 3 days of the proposal). */
  void approve(Actor head, Instant at) {
    move(Step.APPROVED, ReferralStatus.APPROVED, head, at, null, List.of());
    record(ReferralPayloads.approved(this, head, at));
  }

  /** The head rejects, the reasons on record (art. 5). */
  void reject(Actor head, Instant at, String reasons) {
    move(Step.REJECTED, ReferralStatus.REJECTED, head, at, reasons, List.of());
    record(ReferralPayloads.rejected(this, head, at, reasons));
  }

  /**
   * Transfer to the police of the same level and district with the five materials (art. 5, 6);
   * checked complete by the caller.
   */
  void transfer(Actor officer, Instant at, List<Material> materials) {
    Materials transferred = Materials.transferred(materials);
    move(Step.TRANSFERRED, ReferralStatus.TRANSFERRED, officer, at, null, transferred.recorded());
    this.police = PoliceUnits.transferredTo(AgencyType.POLICE.unitIn(getDistrict()));
    this.materials = transferred;
    record(ReferralPayloads.transferred(this, officer, at, materials));
  }

  /** The addressed police unit signs the receipt (art. 7). */
  void receipt(Actor police, Instant at) {
    move(Step.RECEIPTED, ReferralStatus.RECEIPTED, police, at, null, List.of());
    record(ReferralPayloads.receipted(this, police, at));
  }

  /**
   * A police unit that is not competent forwards to the competent one (art. 7), which must sign a
   * receipt in turn.
   */
  void forward(Actor police, Instant at, String toPoliceUnit, String reasons) {
    PoliceUnits forwarded = police().forwardedTo(toPoliceUnit);
    move(
        Step.FORWARDED,
        ReferralStatus.FORWARDED,
        police,
        at,
        reasons,
        List.of("to " + toPoliceUnit));
    this.police = forwarded;
    record(ReferralPayloads.forwarded(this, at, reasons));
  }

  /**
   * The police file a criminal case (art. 8) after their review, or on the procuratorate's order to
   * file; the filing notice is recorded.
   */
  void accept(Actor police, Instant at, String filingNotice) {
    if (status != ReferralStatus.RECEIPTED && supervision != SupervisionStatus.FILING_ORDERED) {
      throw Step.ACCEPTED.refusedAt(status, supervision);
    }
    move(
        Step.ACCEPTED,
        ReferralStatus.ACCEPTED,
        police,
        at,
        null,
        List.of("filing notice " + filingNotice));
    this.criminalCaseNumber = filingNotice;
    record(ReferralPayloads.accepted(this, at));
  }

  /** The police decline with written reasons and return the materials (art. 8). */
  void decline(Actor police, Instant at, String reasons) {
    move(Step.DECLINED, ReferralStatus.DECLINED, police, at, reasons, materials().returned());
    this.declinedAt = at;
    record(ReferralPayloads.declined(this, at, reasons));
  }

  /** The bureau asks the police to reconsider (art. 9); the caller checks the 3-day window. */
  void requestReconsideration(Actor officer, Instant at, String reasons) {
    move(
        Step.RECONSIDERATION_REQUESTED,
        ReferralStatus.RECONSIDERATION_REQUESTED,
        officer,
        at,
        reasons,
        List.of());
    record(ReferralPayloads.reconsiderationRequested(this, officer, at, reasons));
  }

  /**
   * The police decide the reconsideration (art. 9): file the case (also an acceptance), or uphold
   * the decline.
   */
  void decideReconsideration(
      Actor police, Instant at, boolean accepted, String reasons, String filingNotice) {
    ReferralStatus target = accepted ? ReferralStatus.ACCEPTED : ReferralStatus.DECLINE_UPHELD;
    List<String> documents = accepted ? List.of("filing notice " + filingNotice) : List.of();
    move(Step.RECONSIDERATION_DECIDED, target, police, at, reasons, documents);
    if (accepted) {
      this.criminalCaseNumber = filingNotice;
    }
    this.reconsiderationDecidedAt = at;
    record(ReferralPayloads.reconsiderationDecided(this, at, accepted, reasons));
    if (accepted) {
      record(ReferralPayloads.accepted(this, at));
    }
  }

  /**
   * The bureau asks the procuratorate to supervise a declined referral (art. 9); the caller checks
   * the window.
   */
  void requestSupervision(Actor officer, Instant at, String reasons) {
    if (!status.isDeclined()) {
      throw Step.SUPERVISION_REQUESTED.refusedAt(status, supervision);
    }
    supervise(Step.SUPERVISION_REQUESTED, SupervisionStatus.REQUESTED, officer, at, reasons);
    record(ReferralPayloads.supervisionRequested(this, officer, at, reasons));
  }

  /** The procurator requires the police to explain the decline; they answer within 7 days. */
  void requireExplanation(Actor procurator, Instant at, String reasons) {
    supervise(
        Step.EXPLANATION_REQUIRED, SupervisionStatus.EXPLANATION_REQUIRED, procurator, at, reasons);
    record(ReferralPayloads.explanationRequired(this, procurator, at, reasons));
  }

  /** The police explain the decline to the procuratorate. */
  void explain(Actor police, Instant at, String explanation) {
    supervise(Step.EXPLANATION_GIVEN, SupervisionStatus.EXPLAINED, police, at, explanation);
    record(ReferralPayloads.explanationGiven(this, police, at, explanation));
  }

  /** The procurator orders the police to file; they file within 15 days. */
  void orderFiling(Actor procurator, Instant at, String reasons) {
    if (!status.isDeclined()) {
      throw Step.FILING_ORDERED.refusedAt(status, supervision);
    }
    supervise(Step.FILING_ORDERED, SupervisionStatus.FILING_ORDERED, procurator, at, reasons);
    record(ReferralPayloads.filingOrdered(this, procurator, at, reasons));
  }

  /** The procurator closes the supervision without an order: the decline stands. */
  void closeSupervision(Actor procurator, Instant at, String conclusion) {
    supervise(Step.SUPERVISION_CLOSED, SupervisionStatus.CLOSED, procurator, at, conclusion);
    record(ReferralPayloads.supervisionClosed(this, procurator, at, conclusion));
  }

  /** The bureau hands over the items involved within 3 days of the filing notice. */
  void handOverItems(Actor officer, Instant at, List<String> items) {
    move(Step.ITEMS_HANDED_OVER, ReferralStatus.ITEMS_HANDED_OVER, officer, at, null, items);
    record(ReferralPayloads.itemsHandedOver(this, officer, at, items));
  }

  private void move(
      Step step,
      ReferralStatus target,
      Actor actor,
      Instant at,
      String reasons,
      List<String> documents) {
    ReferralStatus from = status;
    status = status.moveTo(target, step, supervision);
    history.add(new ReferralStep(step, from, target, actor, at, reasons, documents));
    updatedAt = at;
  }

  private void supervise(
      Step step, SupervisionStatus target, Actor actor, Instant at, String reasons) {
    supervision = supervision.superviseTo(target, step, status);
    history.add(new ReferralStep(step, status, status, actor, at, reasons, List.of()));
    updatedAt = at;
  }

  /** The units that see the referral on the police side ({@link PoliceUnits#all()}). */
  Set<String> policeUnits() {
    return police().all();
  }

  private PoliceUnits police() {
    return police == null ? PoliceUnits.none() : police;
  }

  private Materials materials() {
    return materials == null ? Materials.none() : materials;
  }

  public UUID getId() {
    return id;
  }

  /** The case referred and its proposal; the mapper reads what only the API shows from it. */
  public ReferredCase getReferredCase() {
    return referredCase;
  }

  public String getCaseId() {
    return referredCase.caseId();
  }

  public String getDistrict() {
    return referredCase.district();
  }

  public String getReferringUnit() {
    return referredCase.referringUnit();
  }

  public String getProcuratorateUnit() {
    return referredCase.procuratorateUnit();
  }

  public ReferralStatus getStatus() {
    return status;
  }

  public SupervisionStatus getSupervision() {
    return supervision;
  }

  public String getPoliceUnit() {
    return police().addressed();
  }

  public String getForwardedFrom() {
    return police().forwardedFrom();
  }

  public List<String> getMaterials() {
    return materials().recorded();
  }

  public String getCriminalCaseNumber() {
    return criminalCaseNumber;
  }

  public Instant getProposedAt() {
    return referredCase.proposedAt();
  }

  public Instant getDeclinedAt() {
    return declinedAt;
  }

  public Instant getReconsiderationDecidedAt() {
    return reconsiderationDecidedAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public List<ReferralStep> getHistory() {
    return Collections.unmodifiableList(history);
  }
}
