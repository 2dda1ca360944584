package cn.gov.sh.tradesecret.cases.access;

import cn.gov.sh.tradesecret.events.reference.AgencyType;
import cn.gov.sh.tradesecret.support.security.Officer;
import org.springframework.data.jpa.domain.Specification;

/**
 * Visibility of leads and cases: only market-regulation officers work on them; a district bureau
 * sees its own district's, the municipal bureau (and its enforcement corps) every district's
 * ({@link Officer#actsFor}). Police, procuratorates and courts do not read case internals here (403
 * whatever the id, so nothing is revealed); an officer of another district gets 404. Approvals
 * (extensions, penalty decisions, referral proposals) need the head of the owning bureau ({@link
 * Officer#isHeadOf}).
 */
public final class BureauAccess {

  private BureauAccess() {}

  /** 403 unless the caller is a market-regulation officer. */
  public static void requireMarketRegulation(Officer officer) {
    Officer.require(
        officer.is(AgencyType.MARKET_REGULATION),
        "leads and cases are the market-regulation bureaus' own");
  }

  /** Whether the officer's bureau works on what belongs to {@code district}. */
  public static boolean covers(Officer officer, String district) {
    return officer.actsFor(AgencyType.MARKET_REGULATION, district);
  }

  /** What an officer's lists hold: a district bureau's own district, the municipal bureau's all. */
  public static <T> Specification<T> inJurisdictionOf(Officer officer) {
    return (root, query, cb) ->
        officer.isMunicipal()
            ? cb.conjunction()
            : cb.equal(root.get("district"), officer.jurisdiction());
  }

  /**
   * A list filter on {@code attribute}: equal to {@code value}, or nothing when no value is given.
   */
  public static <T> Specification<T> equalIfGiven(String attribute, Object value) {
    return (root, query, cb) ->
        value == null ? cb.conjunction() : cb.equal(root.get(attribute), value);
  }

  /** 403 unless the caller is an officer (or head) of {@code owningUnit}. */
  public static void requireOfficerOf(Officer officer, String owningUnit, String action) {
    Officer.require(
        officer.belongsTo(owningUnit), action + " is for the officers of " + owningUnit);
  }

  /** 403 unless the caller is a head of {@code owningUnit}. */
  public static void requireHeadOf(Officer officer, String owningUnit, String action) {
    Officer.require(
        officer.isHeadOf(owningUnit), action + " needs the approval of the head of " + owningUnit);
  }
}
