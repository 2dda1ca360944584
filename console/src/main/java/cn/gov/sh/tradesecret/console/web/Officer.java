package cn.gov.sh.tradesecret.console.web;

import java.util.Set;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The officer logged in, as the ID token's platform claims describe them: account, agency, unit,
 * jurisdiction and roles. It chooses what the navigation offers; the APIs decide every request.
 */
public record Officer(
    String name, String agency, String unit, String jurisdiction, Set<String> roles) {

  static Officer of(OidcUser user) {
    return new Officer(
        user.getSubject(),
        user.getClaimAsString("agency"),
        user.getClaimAsString("unit"),
        user.getClaimAsString("jurisdiction"),
        Set.copyOf(
            user.getClaimAsStringList("roles") == null
                ? java.util.List.of()
                : user.getClaimAsStringList("roles")));
  }

  public boolean bureau() {
    return "MARKET_REGULATION".equals(agency);
  }

  public boolean head() {
    return bureau() && roles.contains("HEAD");
  }

  /** An officer of a municipal agency (jurisdiction Shanghai as a whole), not of a district. */
  public boolean municipal() {
    return "310000".equals(jurisdiction);
  }

  /**
   * A head of the municipal bureau, who designates the district bureau that files a lead's case
   * (SAMR Order No. 126).
   */
  public boolean municipalHead() {
    return head() && municipal();
  }

  /**
   * A head of the bureau that designates (认定) and reviews a pilot of {@code district} at {@code
   * level}: the municipal bureau for MUNICIPAL, the district's own for DISTRICT (pilot-service's
   * {@code PilotAuthority}); an officer without the head's role does not.
   */
  public boolean approvesPilots(String district, String level) {
    return head() && ("MR-" + ("MUNICIPAL".equals(level) ? "310000" : district)).equals(unit);
  }

  public boolean police() {
    return "POLICE".equals(agency);
  }

  public boolean procurator() {
    return "PROCURATORATE".equals(agency);
  }

  public boolean court() {
    return "COURT".equals(agency);
  }

  public boolean judge() {
    return court() && roles.contains("JUDGE");
  }

  /** An enterprise's representative: its portal only (reports, deposits, self-assessment). */
  public boolean enterprise() {
    return "ENTERPRISE".equals(agency);
  }

  public boolean operator() {
    return roles.contains("OPERATOR");
  }

  /** Whoever receives notices in an inbox: every agency unit. */
  public boolean hasInbox() {
    return !"PLATFORM".equals(agency);
  }
}
