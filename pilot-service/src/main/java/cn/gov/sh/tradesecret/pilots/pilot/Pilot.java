package cn.gov.sh.tradesecret.pilots.pilot;

import cn.gov.sh.tradesecret.events.EventPayload;
import cn.gov.sh.tradesecret.events.pilots.PilotCultivationStarted;
import cn.gov.sh.tradesecret.events.pilots.PilotDesignated;
import cn.gov.sh.tradesecret.events.pilots.PilotDowngraded;
import cn.gov.sh.tradesecret.events.pilots.PilotNominated;
import cn.gov.sh.tradesecret.events.pilots.PilotReviewPassed;
import cn.gov.sh.tradesecret.events.pilots.PilotRevoked;
import cn.gov.sh.tradesecret.events.pilots.PilotWithdrawn;
import cn.gov.sh.tradesecret.support.domain.AggregateRoot;
import cn.gov.sh.tradesecret.support.security.Officer;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * An innovation pilot (创新试点) of trade-secret protection: a park, unit, station or point of a
 * district that its market-regulation bureau cultivates. A unit, station or point may sit inside a
 * pilot park of the same district.
 *
 * <p>The pilot guards its lifecycle ({@link PilotAction}): each transition checks the current
 * status (and level), returns the {@link PilotTransition} that records it and records the event it
 * publishes on {@code pilot-events} (published when the pilot is saved). Who may take it is {@link
 * PilotAuthority}'s.
 */
@Entity
@Table(name = "pilot")
public class Pilot extends AggregateRoot<Pilot> {

  @Id private UUID id;

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

  @Enumerated(EnumType.STRING)
  private PilotLevel level;

  @Column(name = "nominated_by")
  private String nominatedBy;

  @Column(name = "nominated_at")
  private Instant nominatedAt;

  @Column(name = "designated_at")
  private Instant designatedAt;

  @Column(name = "natural_key")
  private String naturalKey;

  @Version private long version;

  protected Pilot() {}

  Pilot(
      UUID id,
      PilotKind kind,
      String name,
      String district,
      Industry industry,
      String creditCode,
      UUID parkId,
      String nominatedBy,
      Instant nominatedAt) {
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
    this.naturalKey = naturalKey(kind, district, name, creditCode);
  }

  /**
   * What makes two pilots the same: an enterprise's credit code (per kind: an enterprise may run a
   * unit and a station), else the kind, district and name (trimmed, case and inner spaces ignored).
   * One active pilot per key; imports and nominations find duplicates by it.
   */
  public static String naturalKey(PilotKind kind, String district, String name, String creditCode) {
    if (creditCode != null) {
      return kind.name() + ":" + creditCode;
    }
    return kind.name() + ":" + district + ":" + normalizedName(name);
  }

  static String normalizedName(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** Whether a pilot of {@code district} may sit inside this one. */
  boolean canHost(String district) {
    return kind == PilotKind.PARK && status.isActive() && this.district.equals(district);
  }

  PilotTransition nominated(Officer officer) {
    PilotTransition transition =
        new PilotTransition(
            id,
            PilotAction.NOMINATE,
            null,
            PilotStatus.NOMINATED,
            null,
            null,
            null,
            null,
            officer.account(),
            officer.unit(),
            nominatedAt);
    record(eventOf(transition));
    return transition;
  }

  PilotTransition startCultivation(Officer officer, String reason, Instant at) {
    return take(PilotAction.START_CULTIVATION, level, null, reason, officer, at);
  }

  PilotTransition withdraw(Officer officer, String reason, Instant at) {
    return take(PilotAction.WITHDRAW, level, null, reason, officer, at);
  }

  PilotTransition designate(PilotLevel level, Officer officer, String reason, Instant at) {
    PilotTransition transition = take(PilotAction.DESIGNATE, level, null, reason, officer, at);
    this.designatedAt = at;
    return transition;
  }

  PilotTransition passReview(int year, Officer officer, String reason, Instant at) {
    return take(PilotAction.PASS_REVIEW, level, year, reason, officer, at);
  }

  /**
   * Municipal level to district level; a district-level pilot cannot go lower (it is revoked
   * instead).
   */
  PilotTransition downgrade(int year, Officer officer, String reason, Instant at) {
    if (status == PilotStatus.DESIGNATED && level != PilotLevel.MUNICIPAL) {
      throw new IllegalTransitionException(
          "pilot "
              + id
              + " is designated at district level: it cannot be "
              + "downgraded, only revoked");
    }
    return take(PilotAction.DOWNGRADE, PilotLevel.DISTRICT, year, reason, officer, at);
  }

  PilotTransition revoke(int year, Officer officer, String reason, Instant at) {
    return take(PilotAction.REVOKE, level, year, reason, officer, at);
  }

  private PilotTransition take(
      PilotAction action,
      PilotLevel newLevel,
      Integer reviewYear,
      String reason,
      Officer officer,
      Instant at) {
    if (!action.allowedFrom(status)) {
      throw new IllegalTransitionException(
          "pilot " + id + " is " + status + ": " + action + " is not possible");
    }
    PilotTransition transition =
        new PilotTransition(
            id,
            action,
            status,
            action.target(),
            level,
            newLevel,
            reviewYear,
            reason,
            officer.account(),
            officer.unit(),
            at);
    this.status = action.target();
    this.level = newLevel;
    record(eventOf(transition));
    return transition;
  }

  /**
   * The event of each step, as published on {@code pilot-events}: the one place payloads are built.
   */
  private EventPayload eventOf(PilotTransition step) {
    String pilotId = id.toString();
    return switch (step.getAction()) {
      case NOMINATE ->
          new PilotNominated(
              pilotId, district, kind.name(), name, creditCode, industry.name(), step.getAt());
      case START_CULTIVATION -> new PilotCultivationStarted(pilotId, district, step.getAt());
      case WITHDRAW ->
          new PilotWithdrawn(pilotId, district, creditCode, step.getReason(), step.getAt());
      case DESIGNATE ->
          new PilotDesignated(
              pilotId,
              district,
              kind.name(),
              name,
              creditCode,
              industry.name(),
              step.getToLevel().name(),
              step.getAt());
      case PASS_REVIEW ->
          new PilotReviewPassed(
              pilotId, district, step.getToLevel().name(), step.getReviewYear(), step.getAt());
      case DOWNGRADE ->
          new PilotDowngraded(
              pilotId,
              district,
              creditCode,
              step.getFromLevel().name(),
              step.getToLevel().name(),
              step.getReviewYear(),
              step.getReason(),
              step.getAt());
      case REVOKE ->
          new PilotRevoked(pilotId, district, creditCode, step.getReason(), step.getAt());
    };
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

  public PilotLevel getLevel() {
    return level;
  }

  public String getNominatedBy() {
    return nominatedBy;
  }

  public Instant getNominatedAt() {
    return nominatedAt;
  }

  public Instant getDesignatedAt() {
    return designatedAt;
  }

  public String getNaturalKey() {
    return naturalKey;
  }

  public long getVersion() {
    return version;
  }
}
