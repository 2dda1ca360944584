package cn.gov.sh.tradesecret.cases.infringement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A secret point (密点) the rights holder claims: the technical or business information and the
 * confidentiality measures the holder took. It stays inside case-service: no event and no other
 * service ever carries it.
 */
@Entity
@Table(name = "secret_point")
public class SecretPoint {

  @Id private UUID id;

  @Enumerated(EnumType.STRING)
  private SecretPointCategory category;

  private String content;

  @Column(name = "confidentiality_measures")
  private String confidentialityMeasures;

  @Column(name = "recorded_by")
  private String recordedBy;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  protected SecretPoint() {}

  SecretPoint(
      SecretPointCategory category,
      String content,
      String confidentialityMeasures,
      String recordedBy,
      Instant recordedAt) {
    this.id = UUID.randomUUID();
    this.category = category;
    this.content = content;
    this.confidentialityMeasures = confidentialityMeasures;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public UUID getId() {
    return id;
  }

  public SecretPointCategory getCategory() {
    return category;
  }

  public String getContent() {
    return content;
  }

  public String getConfidentialityMeasures() {
    return confidentialityMeasures;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
