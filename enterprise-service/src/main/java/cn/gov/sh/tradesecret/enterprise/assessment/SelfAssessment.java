package cn.gov.sh.tradesecret.enterprise.assessment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * An enterprise's answers to a guide, at one time; shared with its district bureau only with its
 * consent. Never changes: a later self-assessment is a new one.
 */
@Entity
@Table(name = "self_assessment")
public class SelfAssessment {

  @Id private UUID id;

  @Column(name = "guide_id")
  private String guideId;

  private String account;

  @Column(name = "credit_code")
  private String creditCode;

  private String district;

  private boolean shared;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "self_assessment_answer",
      joinColumns = @JoinColumn(name = "assessment_id"))
  @MapKeyColumn(name = "question_code")
  @Column(name = "answer")
  @Enumerated(EnumType.STRING)
  private Map<String, Answer> answers = new HashMap<>();

  protected SelfAssessment() {}

  SelfAssessment(
      UUID id,
      String guideId,
      String account,
      String creditCode,
      String district,
      boolean shared,
      Instant submittedAt,
      Map<String, Answer> answers) {
    this.id = id;
    this.guideId = guideId;
    this.account = account;
    this.creditCode = creditCode;
    this.district = district;
    this.shared = shared;
    this.submittedAt = submittedAt;
    this.answers = new HashMap<>(answers);
  }

  public UUID getId() {
    return id;
  }

  public String getGuideId() {
    return guideId;
  }

  public String getAccount() {
    return account;
  }

  public String getCreditCode() {
    return creditCode;
  }

  public String getDistrict() {
    return district;
  }

  public boolean isShared() {
    return shared;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public Map<String, Answer> getAnswers() {
    return Map.copyOf(answers);
  }
}
