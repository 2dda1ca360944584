package cn.gov.sh.tradesecret.pilots.pilot;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * An innovation pilot (创新试点) of trade-secret protection: a park, unit, station or point of a
 * district that its market-regulation bureau cultivates. A unit, station or point may sit inside
 * a pilot park of the same district.
 */
@Entity
@Table(name = "pilot")
public class Pilot {

  @Id
  private UUID id;

  @Enumerated(EnumType.STRING)
  private PilotKind kind;

  private String name;

  private String district;

  @Enumerated(EnumType.STRING)
  private Industry industry;

  @Column(name = "credit_code")
  private String creditCode;

  @Column(name = "park_id")
  private UUID parkId;

  @Enumerated(EnumType.STRING)
  private PilotStatus status;

  @Column(name = "nominated_by")
  private String nominatedBy;

  @Column(name = "nominated_at")
  private Instant nominatedAt;

  @Version
  private long version;

  protected Pilot() {}

  Pilot(UUID id, PilotKind kind, String name, String district, Industry industry, String creditCode, UUID parkId,
      String nominatedBy, Instant nominatedAt) {
    this.id = id;
    this.kind = kind;
    this.name = name;
    this.district = district;
    this.industry = industry;
    this.creditCode = creditCode;
    this.parkId = parkId;
    this.status = PilotStatus.NOMINATED;
    this.nominatedBy = nominatedBy;
    this.nominatedAt = nominatedAt;
  }

  /** Whether a pilot of {@code district} may sit inside this one. */
  boolean canHost(String district) {
    return kind == PilotKind.PARK && this.district.equals(district);
  }

  public UUID getId() {
    return id;
  }

  public PilotKind getKind() {
    return kind;
  }

  public String getName() {
    return name;
  }

  public String getDistrict() {
    return district;
  }

  public Industry getIndustry() {
    return industry;
  }

  public String getCreditCode() {
    return creditCode;
  }

  public UUID getParkId() {
    return parkId;
  }

  public PilotStatus getStatus() {
    return status;
  }

  public String getNominatedBy() {
    return nominatedBy;
  }

  public Instant getNominatedAt() {
    return nominatedAt;
  }

  public long getVersion() {
    return version;
  }
}
