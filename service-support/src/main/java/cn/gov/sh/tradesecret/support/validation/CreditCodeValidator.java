package cn.gov.sh.tradesecret.support.validation;

import cn.gov.sh.tradesecret.events.reference.UnifiedSocialCreditCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link CreditCode} with the one implementation of the standard, in event-contracts. */
public class CreditCodeValidator implements ConstraintValidator<CreditCode, String> {

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || UnifiedSocialCreditCode.isValid(value);
  }
}
