package cn.gov.sh.tradesecret.cases.lead;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * The municipal bureau's designation of a district bureau to handle a trade-secret case (SAMR Order
 * No. 126): who designated, when, and the document's number.
 */
@Embeddable
public class Designation {

  @Column(name = "designated_by")
  private String designatedBy;

  @Column(name = "designated_at")
  private Instant designatedAt;

  @Column(name = "designation_document")
  private String documentNumber;

  protected Designation() {}

  Designation(String designatedBy, Instant designatedAt, String documentNumber) {
    this.designatedBy = designatedBy;
    this.designatedAt = designatedAt;
    this.documentNumber = documentNumber;
  }

  public String getDesignatedBy() {
    return designatedBy;
  }

  public Instant getDesignatedAt() {
    return designatedAt;
  }

  public String getDocumentNumber() {
    return documentNumber;
  }
}
