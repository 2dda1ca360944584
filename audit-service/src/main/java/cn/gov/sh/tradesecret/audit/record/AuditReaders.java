package cn.gov.sh.tradesecret.audit.record;

import cn.gov.sh.tradesecret.events.reference.AgencyType;
import cn.gov.sh.tradesecret.support.security.Officer;
import cn.gov.sh.tradesecret.support.domain.DomainException;

/** Who may read the audit log and the ledger: platform operators and the procuratorate. */
public final class AuditReaders {

  private AuditReaders() {}

  public static void requireReader(Officer officer) {
    boolean operator = officer.is(AgencyType.PLATFORM) && officer.hasRole(Officer.OPERATOR);
    boolean procurator = officer.is(AgencyType.PROCURATORATE) && officer.hasRole("PROCURATOR");
    if (!operator && !procurator) {
      throw DomainException.forbidden("only operators and the procuratorate read the audit log and the ledger");
    }
  }
}
