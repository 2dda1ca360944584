package cn.gov.sh.tradesecret.enterprise.deposit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The deposit of one fingerprint: who deposited it, when (the time of its timestamp token), and the
 * token that proves it. A fingerprint is deposited once; a deposit never changes.
 */
@Entity
@Table(name = "evidence_deposit")
public class EvidenceDeposit {

  @Id private UUID id;

  @Column(name = "receipt_number")
  private String receiptNumber;

  private String account;

  @Column(name = "credit_code")
  private String creditCode;

  private String sha256;

  private String title;

  @Enumerated(EnumType.STRING)
  private EvidenceCategory category;

  @Column(name = "disclose_depositor")
  private boolean discloseDepositor;

  @Column(name = "deposited_at")
  private Instant depositedAt;

  @Column(name = "timestamp_token")
  private byte[] timestampToken;

  protected EvidenceDeposit() {}

  EvidenceDeposit(
      UUID id,
      String receiptNumber,
      String account,
      String creditCode,
      String sha256,
      String title,
      EvidenceCategory category,
      boolean discloseDepositor,
      Instant depositedAt,
      byte[] timestampToken) {
    this.id = id;
    this.receiptNumber = receiptNumber;
    this.account = account;
    this.creditCode = creditCode;
    this.sha256 = sha256;
    this.title = title;
    this.category = category;
    this.discloseDepositor = discloseDepositor;
    this.depositedAt = depositedAt;
    this.timestampToken = timestampToken.clone();
  }

  public UUID getId() {
    return id;
  }

  public String getReceiptNumber() {
    return receiptNumber;
  }

  public String getAccount() {
    return account;
  }

  public String getCreditCode() {
    return creditCode;
  }

  public String getSha256() {
    return sha256;
  }

  public String getTitle() {
    return title;
  }

  public EvidenceCategory getCategory() {
    return category;
  }

  public boolean isDiscloseDepositor() {
    return discloseDepositor;
  }

  public Instant getDepositedAt() {
    return depositedAt;
  }

  /** The RFC 3161 token (DER), as issued. */
  public byte[] getTimestampToken() {
    return timestampToken.clone();
  }
}
