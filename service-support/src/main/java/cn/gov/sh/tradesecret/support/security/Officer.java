package cn.gov.sh.tradesecret.support.security;

import cn.gov.sh.tradesecret.events.reference.AgencyType;
import cn.gov.sh.tradesecret.events.reference.Districts;
import cn.gov.sh.tradesecret.support.domain.DomainException;
import java.util.List;
import java.util.Set;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The caller of a request: an officer (or an agency system) of one agency unit, read from the
 * validated access token. Visibility follows the unit: a district unit sees its district, a
 * municipal unit sees all.
 *
 * @param account the account (token subject)
 * @param agency its agency type
 * @param unit its agency unit, e.g. {@code MR-310117}
 * @param jurisdiction {@code 310000} (municipal) or a district code
 * @param roles OFFICER, HEAD, PROCURATOR, CLERK, JUDGE, OPERATOR
 */
public record Officer(
    String account, AgencyType agency, String unit, String jurisdiction, Set<String> roles) {

  public static final String HEAD = "HEAD";
  public static final String OPERATOR = "OPERATOR";

  /** Reads the platform's claims from a validated token. */
  public static Officer from(Jwt jwt) {
    List<String> roles = jwt.getClaimAsStringList("roles");
    String agency = jwt.getClaimAsString("agency");
    return new Officer(
        jwt.getSubject(),
        agency == null ? null : AgencyType.valueOf(agency),
        jwt.getClaimAsString("unit"),
        jwt.getClaimAsString("jurisdiction"),
        roles == null ? Set.of() : Set.copyOf(roles));
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }

  public boolean isMunicipal() {
    return Districts.MUNICIPAL.equals(jurisdiction);
  }

  public boolean is(AgencyType type) {
    return agency == type;
  }

  /** Whether this officer's jurisdiction covers {@code district}. */
  public boolean covers(String district) {
    return Districts.covers(jurisdiction, district);
  }

  /**
   * The jurisdiction rule, written once: an officer of {@code agency} acts for {@code district}
   * when their unit's jurisdiction covers it (a district unit its own district, a municipal unit
   * every one).
   */
  public boolean actsFor(AgencyType agency, String district) {
    return is(agency) && covers(district);
  }

  /** An officer of {@code unit} itself. */
  public boolean belongsTo(String unit) {
    return this.unit != null && this.unit.equals(unit);
  }

  /** A head (role {@value #HEAD}) of {@code unit}: approvals are theirs. */
  public boolean isHeadOf(String unit) {
    return hasRole(HEAD) && belongsTo(unit);
  }

  /**
   * Refuses unless {@code allowed}: the one way a service says no to an officer (403, with {@code
   * detail} saying who may).
   */
  public static void require(boolean allowed, String detail) {
    if (!allowed) {
      throw DomainException.forbidden(detail);
    }
  }
}
