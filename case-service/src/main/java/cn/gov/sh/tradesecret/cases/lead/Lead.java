package cn.gov.sh.tradesecret.cases.lead;

import cn.gov.sh.tradesecret.support.domain.AggregateRoot;
import cn.gov.sh.tradesecret.support.domain.DomainException;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
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
 * A lead (线索) registered with the market-regulation bureau of a district. The bureau must decide
 * within 15 working days of receipt whether to file a case (market-regulation penalty procedure).
 * Registering, declining and extending record their events ({@link LeadEvents}).
 */
@Entity
@Table(name = "lead")
public class Lead extends AggregateRoot<Lead> {

  @Id private UUID id;

  private String district;

  @Column(name = "owning_unit")
  private String owningUnit;

  @Enumerated(EnumType.STRING)
  private LeadSource source;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "name", column = @Column(name = "rights_holder_name")),
    @AttributeOverride(name = "creditCode", column = @Column(name = "rights_holder_credit_code"))
  })
  private Party rightsHolder;

  @ElementCollection(fetch = jakarta.persistence.FetchType.EAGER)
  @CollectionTable(name = "lead_suspect", joinColumns = @JoinColumn(name = "lead_id"))
  @OrderColumn(name = "position")
  private List<Party> suspects = new ArrayList<>();

  private String description;

  @Column(name = "claimed_amount")
  private BigDecimal claimedAmount;

  @Column(name = "received_at")
  private Instant receivedAt;

  @Enumerated(EnumType.STRING)
  private LeadStatus status;

  @Column(name = "registered_by")
  private String registeredBy;

  @Column(name = "registered_at")
  private Instant registeredAt;

  @Column(name = "decision_due")
  private LocalDate decisionDue;

  @Column(name = "deadline_extended")
  private boolean deadlineExtended;

  @Column(name = "fast_channel")
  private boolean fastChannel;

  @Column(name = "origin_reference")
  private String originReference;

  @Enumerated(EnumType.STRING)
  @Column(name = "decline_reason_code")
  private DeclineReason declineReasonCode;

  @Column(name = "decline_reason")
  private String declineReason;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "case_id")
  private UUID caseId;

  // Null until the municipal bureau designated the district bureau.
  @Embedded private Designation designation;

  @Version private long version;

  protected Lead() {}

  Lead(
      UUID id,
      String district,
      String owningUnit,
      LeadSource source,
      Party rightsHolder,
      List<Party> suspects,
      String description,
      BigDecimal claimedAmount,
      Instant receivedAt,
      String registeredBy,
      Instant registeredAt,
      LocalDate decisionDue,
      boolean fastChannel,
      String originReference) {
    this.id = id;
    this.district = district;
    this.owningUnit = owningUnit;
    this.source = source;
    this.rightsHolder = rightsHolder;
    this.suspects = new ArrayList<>(suspects);
    this.description = description;
    this.claimedAmount = claimedAmount;
    this.receivedAt = receivedAt;
    this.status = LeadStatus.REGISTERED;
    this.registeredBy = registeredBy;
    this.registeredAt = registeredAt;
    this.decisionDue = decisionDue;
    this.fastChannel = fastChannel;
    this.originReference = originReference;
    record(LeadEvents.registered(this));
  }

  /** Declines to file a case (不予立案), with the reasons in writing; only a registered lead. */
  void decline(DeclineReason code, String reason, String officer, Instant at) {
    requireRegistered("declined");
    this.status = LeadStatus.DECLINED;
    this.declineReasonCode = code;
    this.declineReason = reason;
    this.decidedBy = officer;
    this.decidedAt = at;
    record(LeadEvents.declined(this));
  }

  /**
   * The municipal bureau designates the owning district bureau to file and handle the case (SAMR
   * Order No. 126); only a registered lead, and once.
   */
  void designate(String documentNumber, String municipalHead, Instant at) {
    requireRegistered("designated");
    if (designation != null) {
      // the document on record is what the filing cites; another one would rewrite it silently
      throw DomainException.conflict(
          "already-designated",
          "the municipal bureau designated this lead already by "
              + designation.getDocumentNumber()
              + "; a designation is not replaced");
    }
    this.designation = new Designation(municipalHead, at, documentNumber);
  }

  /** A case was filed on this lead (立案); only a registered lead. */
  void filed(UUID caseId, String officer, Instant at) {
    requireRegistered("filed");
    this.status = LeadStatus.FILED;
    this.caseId = caseId;
    this.decidedBy = officer;
    this.decidedAt = at;
  }

  /**
   * The head extends the filing decision deadline to {@code newDue}: once, and only while the lead
   * is undecided. {@code provisional}: the new last day was counted without an official holiday
   * schedule for its year.
   */
  void extendDeadline(LocalDate newDue, String head, Instant at, boolean provisional) {
    requireRegistered("given more time");
    if (deadlineExtended) {
      throw DomainException.conflict(
          "extension-exhausted",
          "the filing decision deadline was already extended once by 15 working days; it cannot be extended again");
    }
    if (decisionDue == null) {
      throw DomainException.conflict(
          "illegal-transition", "this lead has no filing decision deadline to extend");
    }
    LocalDate previous = decisionDue;
    this.deadlineExtended = true;
    this.decisionDue = newDue;
    record(LeadEvents.deadlineExtended(this, previous, head, at, provisional));
  }

  private void requireRegistered(String action) {
    if (status != LeadStatus.REGISTERED) {
      throw DomainException.conflict(
          "illegal-transition",
          "a lead that is " + status + " cannot be " + action + "; only a REGISTERED lead can");
    }
  }

  /**
   * Refuses a change made on a version other than the current one (optimistic locking): whoever
   * acts must have seen the lead as it stands. Null names no version.
   */
  void requireVersion(Long expected) {
    if (expected != null && expected != version) {
      throw DomainException.stale(
          "the lead changed since it was read (its version is "
              + version
              + ", not "
              + expected
              + "); read it again");
    }
  }

  /** The municipal bureau's designation; null when none was given. */
  public Designation getDesignation() {
    return designation;
  }

  public UUID getId() {
    return id;
  }

  public String getDistrict() {
    return district;
  }

  public String getOwningUnit() {
    return owningUnit;
  }

  public LeadSource getSource() {
    return source;
  }

  public Party getRightsHolder() {
    return rightsHolder;
  }

  public List<Party> getSuspects() {
    return List.copyOf(suspects);
  }

  public String getDescription() {
    return description;
  }

  public BigDecimal getClaimedAmount() {
    return claimedAmount;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public LeadStatus getStatus() {
    return status;
  }

  public String getRegisteredBy() {
    return registeredBy;
  }

  public Instant getRegisteredAt() {
    return registeredAt;
  }

  public LocalDate getDecisionDue() {
    return decisionDue;
  }

  public boolean isDeadlineExtended() {
    return deadlineExtended;
  }

  public boolean isFastChannel() {
    return fastChannel;
  }

  public String getOriginReference() {
    return originReference;
  }

  public DeclineReason getDeclineReasonCode() {
    return declineReasonCode;
  }

  public String getDeclineReason() {
    return declineReason;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public UUID getCaseId() {
    return caseId;
  }

  public long getVersion() {
    return version;
  }
}
