package cn.gov.sh.tradesecret.cases.infringement;

import cn.gov.sh.tradesecret.support.domain.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * The rights holder's bankruptcy as the bureau records it on a case: the day the court declared it
 * and the number of its ruling. Where the criminal threshold in force makes it a ground
 * (法释〔2025〕5号), it makes the case a suspected crime whatever the amounts.
 */
@Embeddable
public class RightsHolderBankruptcy {

  @Column(name = "rights_holder_bankrupt_on")
  private LocalDate declaredOn;

  @Column(name = "bankruptcy_ruling")
  private String ruling;

  protected RightsHolderBankruptcy() {}

  /** The bankruptcy declared on {@code declaredOn} (not after {@code today}) by {@code ruling}. */
  static RightsHolderBankruptcy of(LocalDate declaredOn, String ruling, LocalDate today) {
    if (declaredOn == null) {
      throw DomainException.invalidField("declaredOn", "is required: the day it was declared");
    }
    if (declaredOn.isAfter(today)) {
      throw DomainException.invalidField("declaredOn", "must not be after today");
    }
    RightsHolderBankruptcy bankruptcy = new RightsHolderBankruptcy();
    bankruptcy.declaredOn = declaredOn;
    bankruptcy.ruling = ruling;
    return bankruptcy;
  }

  public LocalDate getDeclaredOn() {
    return declaredOn;
  }

  public String getRuling() {
    return ruling;
  }
}
