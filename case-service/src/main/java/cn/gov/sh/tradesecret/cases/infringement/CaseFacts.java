package cn.gov.sh.tradesecret.cases.infringement;

import cn.gov.sh.tradesecret.support.domain.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/**
 * What the white paper counts of a case: the kind of secret, the industry, whether it is
 * foreign-related, the amount involved, the losses recovered for the rights holder, and its
 * designation as a typical case (by whom, which year).
 */
@Embeddable
public class CaseFacts {

  @Enumerated(EnumType.STRING)
  @Column(name = "secret_type")
  private SecretType secretType;

  private String industry;

  @Column(name = "foreign_related")
  private Boolean foreignRelated;

  @Column(name = "amount_involved")
  private BigDecimal amountInvolved;

  @Column(name = "losses_recovered")
  private BigDecimal lossesRecovered;

  @Column(name = "typical_case_by")
  private String typicalCaseBy;

  @Column(name = "typical_case_year")
  private Integer typicalCaseYear;

  protected CaseFacts() {}

  /**
   * The facts as recorded; a typical-case designation names both who designated it and the year,
   * which is not after {@code currentYear}.
   */
  static CaseFacts of(
      SecretType secretType,
      String industry,
      boolean foreignRelated,
      BigDecimal amountInvolved,
      BigDecimal lossesRecovered,
      String typicalCaseBy,
      Integer typicalCaseYear,
      int currentYear) {
    boolean by = typicalCaseBy != null && !typicalCaseBy.isBlank();
    if (by != (typicalCaseYear != null)) {
      throw DomainException.invalidField(
          by ? "typicalCaseYear" : "typicalCaseBy",
          "a typical-case designation names who designated it and the year");
    }
    if (typicalCaseYear != null && typicalCaseYear > currentYear) {
      throw DomainException.invalidField("typicalCaseYear", "must not be after " + currentYear);
    }
    CaseFacts facts = new CaseFacts();
    facts.secretType = secretType;
    facts.industry = industry.strip();
    facts.foreignRelated = foreignRelated;
    facts.amountInvolved = amountInvolved;
    facts.lossesRecovered = lossesRecovered;
    facts.typicalCaseBy = by ? typicalCaseBy.strip() : null;
    facts.typicalCaseYear = typicalCaseYear;
    return facts;
  }

  public SecretType getSecretType() {
    return secretType;
  }

  public String getIndustry() {
    return industry;
  }

  public Boolean getForeignRelated() {
    return foreignRelated;
  }

  public BigDecimal getAmountInvolved() {
    return amountInvolved;
  }

  public BigDecimal getLossesRecovered() {
    return lossesRecovered;
  }

  public String getTypicalCaseBy() {
    return typicalCaseBy;
  }

  public Integer getTypicalCaseYear() {
    return typicalCaseYear;
  }
}
