package cn.gov.sh.tradesecret.identity.account;

/**
 * Names of the platform's own claims in an access token. Every service reads them, so they are a
 * contract: {@code agency}, {@code unit}, {@code jurisdiction} (strings) and {@code roles} (a JSON
 * array), besides the standard {@code sub} (account name) and {@code aud}.
 */
public final class PlatformClaims {

  public static final String AGENCY = "agency";

  public static final String UNIT = "unit";

  public static final String JURISDICTION = "jurisdiction";

  public static final String ROLES = "roles";

  private PlatformClaims() {}
}
