package cn.gov.sh.tradesecret.cases.lead;

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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A lead (线索) registered with the market-regulation bureau of a district. The bureau must decide
 * within 15 working days of receipt whether to file a case (market-regulation penalty procedure).
 */
@Entity
@Table(name = "lead")
public class Lead {

  @Id
  private UUID id;

  private String district;

  @Column(name = "owning_unit")
  private String owningUnit;

  @Enumerated(EnumType.STRING)
  private LeadSource source;

  @Embedded
  @AttributeOverrides({
      @AttributeOverride(name = "name", column = @Column(name = "rights_holder_name")),
      @AttributeOverride(name = "creditCode", column = @Column(name = "rights_holder_credit_code"))})
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

  @Version
  private long version;

  protected Lead() {}

  Lead(UUID id, String district, String owningUnit, LeadSource source, Party rightsHolder, List<Party> suspects,
      String description, BigDecimal claimedAmount, Instant receivedAt, String registeredBy, Instant registeredAt) {
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

  public long getVersion() {
    return version;
  }
}
