package cn.gov.sh.tradesecret.enterprise.caller;

import cn.gov.sh.tradesecret.events.reference.AgencyType;
import cn.gov.sh.tradesecret.events.reference.UnifiedSocialCreditCode;
import cn.gov.sh.tradesecret.support.security.Officer;
import java.util.Optional;

/**
 * The caller as an enterprise: an account of agency {@code ENTERPRISE}, whose unit is {@code ENT-}
 * and its unified social credit code and whose jurisdiction is the district where it is registered
 * (identity-service's enterprise accounts).
 *
 * @param account the account (token subject)
 * @param creditCode its unified social credit code
 * @param district where it is registered
 */
public record Enterprise(String account, String creditCode, String district) {

  private static final String UNIT_PREFIX = AgencyType.ENTERPRISE.unitIn("");

  /** The enterprise the caller acts for; empty for an officer or a token without a valid code. */
  public static Optional<Enterprise> of(Officer caller) {
    if (!caller.is(AgencyType.ENTERPRISE)
        || caller.unit() == null
        || !caller.unit().startsWith(UNIT_PREFIX)) {
      return Optional.empty();
    }
    String creditCode = caller.unit().substring(UNIT_PREFIX.length());
    return UnifiedSocialCreditCode.isValid(creditCode)
        ? Optional.of(new Enterprise(caller.account(), creditCode, caller.jurisdiction()))
        : Optional.empty();
  }

  /** The unit of this enterprise, as in its token. */
  public String unit() {
    return AgencyType.ENTERPRISE.unitIn(creditCode);
  }
}
