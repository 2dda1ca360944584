package cn.gov.sh.tradesecret.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The refusals every endpoint owes: no token, an expired one, a forged one (signed by another key),
 * one of another issuer and one that is no JWT at all each get 401 with a {@code WWW-Authenticate}
 * header, whoever the token claims to be.
 */
public final class BadTokens {

  private BadTokens() {}

  public static void assertEveryBadTokenIsRefused(ApiClient api, String path) {
    DemoAccount claimed = DemoAccount.MUNICIPAL_HEAD;
    for (String token : new String[] {null, TestIssuer.expiredToken(claimed), TestIssuer.forgedToken(claimed),
        TestIssuer.tokenFromOtherIssuer(claimed), "not-a-jwt"}) {
      ApiClient.Response response = api.withToken(token).get(path);
      assertThat(response.status()).as("GET %s with token %s", path, token).isEqualTo(401);
      assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }
  }
}
