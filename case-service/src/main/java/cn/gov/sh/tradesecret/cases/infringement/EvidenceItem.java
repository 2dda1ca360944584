package cn.gov.sh.tradesecret.cases.infringement;

import cn.gov.sh.tradesecret.cases.enterprise.EvidenceDeposits;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An item of evidence fixed in a case: its kind, what it is, who collected it and when, and the
 * SHA-256 fingerprint of its file (the file itself may be kept outside the platform). Attached from
 * an enterprise's deposit, it also names the deposit's receipt and the time its timestamp token
 * proves the document existed.
 */
@Entity
@Table(name = "evidence_item")
public class EvidenceItem {

  @Id private UUID id;

  @Enumerated(EnumType.STRING)
  private EvidenceKind kind;

  private String description;

  @Column(name = "collected_by")
  private String collectedBy;

  @Column(name = "collected_at")
  private Instant collectedAt;

  private String sha256;

  @Column(name = "deposit_receipt")
  private String depositReceipt;

  @Column(name = "deposited_at")
  private Instant depositedAt;

  @Column(name = "recorded_by")
  private String recordedBy;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  protected EvidenceItem() {}

  EvidenceItem(
      EvidenceKind kind,
      String description,
      String collectedBy,
      Instant collectedAt,
      String sha256,
      EvidenceDeposits.@Nullable Deposit deposit,
      String recordedBy,
      Instant recordedAt) {
    this.id = UUID.randomUUID();
    this.kind = kind;
    this.description = description;
    this.collectedBy = collectedBy;
    this.collectedAt = collectedAt;
    this.sha256 = sha256;
    if (deposit != null) {
      this.depositReceipt = deposit.receiptNumber();
      this.depositedAt = deposit.depositedAt();
    }
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public UUID getId() {
    return id;
  }

  public EvidenceKind getKind() {
    return kind;
  }

  public String getDescription() {
    return description;
  }

  public String getCollectedBy() {
    return collectedBy;
  }

  public Instant getCollectedAt() {
    return collectedAt;
  }

  public String getSha256() {
    return sha256;
  }

  public @Nullable String getDepositReceipt() {
    return depositReceipt;
  }

  public @Nullable Instant getDepositedAt() {
    return depositedAt;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
