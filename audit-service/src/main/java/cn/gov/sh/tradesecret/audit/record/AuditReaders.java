package cn.gov.sh.tradesecret.audit.record;

import cn.gov.sh.tradesecret.events.reference.AgencyType;
import cn.gov.sh.tradesecret.support.security.Officer;
import java.util.Optional;

/**
 * Who may read the audit log and the ledger: platform operators and the procuratorate. A district
 * procuratorate reads the records of its district's callers and the ledger entries of its
 * district's events only, as {@link Officer#covers} says.
 */
public final class AuditReaders {

  static final String PROCURATOR = "PROCURATOR";

  private AuditReaders() {}

  /** Refuses (403) anyone but an operator or a procurator. */
  public static void requireReader(Officer officer) {
    Officer.require(
        isOperator(officer) || officer.is(AgencyType.PROCURATORATE) && officer.hasRole(PROCURATOR),
        "only operators and the procuratorate read the audit log and the ledger");
  }

  /**
   * The district whose records and ledger entries {@code reader} is limited to; empty when they
   * read all.
   */
  public static Optional<String> limitedTo(Officer reader) {
    return isOperator(reader) || reader.isMunicipal()
        ? Optional.empty()
        : Optional.of(reader.jurisdiction());
  }

  private static boolean isOperator(Officer officer) {
    return officer.is(AgencyType.PLATFORM) && officer.hasRole(Officer.OPERATOR);
  }
}
