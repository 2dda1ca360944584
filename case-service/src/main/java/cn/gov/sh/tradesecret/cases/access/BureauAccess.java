package cn.gov.sh.tradesecret.cases.access;

import cn.gov.sh.tradesecret.events.reference.AgencyType;
import cn.gov.sh.tradesecret.support.security.Officer;
import cn.gov.sh.tradesecret.support.web.ApiException;

/**
 * Visibility of leads and cases: only market-regulation officers work on them; a district bureau
 * sees its own district's, the municipal bureau (and its enforcement corps) every district's.
 * Police, procuratorates and courts do not read case internals here (403 whatever the id, so nothing
 * is revealed); an officer of another district gets 404. Approvals (extensions, penalty decisions,
 * referral proposals) need the head role of the owning bureau.
 */
public final class BureauAccess {

  private BureauAccess() {}

  /** 403 unless the caller is a market-regulation officer. */
  public static void requireMarketRegulation(Officer officer) {
    if (!officer.is(AgencyType.MARKET_REGULATION)) {
      throw ApiException.forbidden("leads and cases are the market-regulation bureaus' own");
    }
  }

  /** Whether a market-regulation officer sees what belongs to {@code district}. */
  public static boolean covers(Officer officer, String district) {
    return officer.is(AgencyType.MARKET_REGULATION) && officer.covers(district);
  }

  /** 403 unless the caller is a head of {@code owningUnit}. */
  public static void requireHeadOf(Officer officer, String owningUnit, String action) {
    if (!officer.hasRole(Officer.HEAD) || !owningUnit.equals(officer.unit())) {
      throw ApiException.forbidden(action + " needs the approval of the head of " + owningUnit);
    }
  }
}
