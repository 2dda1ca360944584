package cn.gov.sh.tradesecret.referrals.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One recorded transition of a referral: who (account and unit), when, why and with which
 * documents.
 */
@Entity
@Table(name = "referral_step")
public class ReferralStep {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  private Step step;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status")
  private ReferralStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status")
  private ReferralStatus toStatus;

  private String actor;

  @Column(name = "actor_unit")
  private String actorUnit;

  private Instant at;

  private String reasons;

  /** One document per line: material kinds with fingerprints, notices, items. */
  private String documents;

  protected ReferralStep() {}

  ReferralStep(
      Step step,
      ReferralStatus fromStatus,
      ReferralStatus toStatus,
      Actor actor,
      Instant at,
      String reasons,
      List<String> documents) {
    this.step = step;
    this.fromStatus = fromStatus;
    this.toStatus = toStatus;
    this.actor = actor.account();
    this.actorUnit = actor.unit();
    this.at = at;
    this.reasons = reasons;
    this.documents = documents.isEmpty() ? null : String.join("\n", documents);
  }

  public Step getStep() {
    return step;
  }

  public ReferralStatus getFromStatus() {
    return fromStatus;
  }

  public ReferralStatus getToStatus() {
    return toStatus;
  }

  public String getActor() {
    return actor;
  }

  public String getActorUnit() {
    return actorUnit;
  }

  public Instant getAt() {
    return at;
  }

  public String getReasons() {
    return reasons;
  }

  public List<String> getDocuments() {
    return documents == null ? List.of() : Arrays.asList(documents.split("\n"));
  }
}
