package cn.gov.sh.tradesecret.events.reference;

/** The kinds of agency that work on the platform; the {@code agency} claim of every token. */
public enum AgencyType {
  /** Market-regulation bureaus (市场监管局): take leads, file cases, refer suspected crimes. */
  MARKET_REGULATION("MR"),
  /** Public security bureaus (公安): receive referrals, accept or decline, refer back. */
  POLICE("PSB"),
  /** Procuratorates (检察院): copied on referrals, supervise declined or stalled ones. */
  PROCURATORATE("PROC"),
  /** Courts (法院): judicial confirmation of mediation agreements. */
  COURT("COURT"),
  /** Platform operators. */
  PLATFORM("PLATFORM"),
  /**
   * Enterprises (企业), the rights holders: report infringements and deposit evidence. Not an agency
   * unit of a jurisdiction: an enterprise's unit is {@code ENT-} and its unified social credit
   * code, its jurisdiction the district where it is registered.
   */
  ENTERPRISE("ENT");

  private final String unitPrefix;

  AgencyType(String unitPrefix) {
    this.unitPrefix = unitPrefix;
  }

  /** The agency unit id of this agency in a jurisdiction, e.g. {@code MR-310117}. */
  public String unitIn(String jurisdiction) {
    return unitPrefix + "-" + jurisdiction;
  }
}
