package cn.gov.sh.tradesecret.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import cn.gov.sh.tradesecret.events.reference.AgencyType;
import cn.gov.sh.tradesecret.identity.IdentityProperties.Account;
import cn.gov.sh.tradesecret.identity.IdentityProperties.Console;
import cn.gov.sh.tradesecret.identity.account.Role;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentityPropertiesTest {

  @Test
  void consoleOriginsAreThoseOfItsRedirectUris() {
    Console console =
        console(
            List.of(
                "http://localhost:5173/callback",
                "http://localhost:5173/silent-renew",
                "https://console.example.gov.cn/callback"));

    assertThat(console.origins())
        .containsExactly("http://localhost:5173", "https://console.example.gov.cn");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/callback",
        "http://localhost:5173/callback#fragment",
        "javascript:alert(1)",
        "custom.scheme:/callback",
        "http://local host/callback"
      })
  void redirectUriMustBeAbsoluteHttpWithoutFragment(String redirectUri) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> console(List.of(redirectUri)))
        .withMessageContaining("redirect-uris");
  }

  @Test
  void consoleNeedsARedirectUri() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> console(List.of()))
        .withMessageContaining("redirect-uris");
  }

  @Test
  void consoleClientIdMustNotBeAnAccountName() {
    Account account =
        new Account(
            "songjiang-officer",
            AgencyType.MARKET_REGULATION,
            "MR-310117",
            "310117",
            Set.of(Role.OFFICER),
            null);
    Console console =
        new Console(
            "songjiang-officer",
            List.of("http://localhost:5173/callback"),
            List.of(),
            Duration.ofHours(8));

    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new IdentityProperties(
                    "trade-secret-platform",
                    Duration.ofMinutes(30),
                    null,
                    "secret",
                    List.of(account),
                    console))
        .withMessageContaining("client-id");
  }

  @Test
  void enterpriseAccountIsItsCreditCodeInItsDistrict() {
    Account account = enterprise("ENT-91310117MA1J3K5L0Y", "310117", "91310117MA1J3K5L0Y");

    assertThat(account.unit()).isEqualTo("ENT-91310117MA1J3K5L0Y");
    assertThat(account.jurisdiction()).isEqualTo("310117");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "91310117MA1J3K5L0X", // wrong check character
        "91310117MA1J3K5L0", // 17 characters
        "91310117MA1J3K5LOY", // O is not a credit-code character
        "91310117ma1j3k5l0y", // lower case
        ""
      })
  void enterpriseAccountNeedsACreditCodeWithTheRightCheckCharacter(String creditCode) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> enterprise("ENT-" + creditCode, "310117", creditCode))
        .withMessageContaining("unified social credit code");
  }

  @Test
  void enterpriseAccountNeedsACreditCode() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> enterprise("ENT-310117", "310117", null))
        .withMessageContaining("unified social credit code");
  }

  @Test
  void enterpriseUnitIsItsCreditCode() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> enterprise("ENT-310117", "310117", "91310117MA1J3K5L0Y"))
        .withMessageContaining("must belong to unit ENT-91310117MA1J3K5L0Y");
  }

  @ParameterizedTest
  @ValueSource(strings = {"310000", "310199", "Songjiang"})
  void enterpriseIsRegisteredInAKnownDistrict(String jurisdiction) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> enterprise("ENT-91310117MA1J3K5L0Y", jurisdiction, "91310117MA1J3K5L0Y"))
        .withMessageContaining("jurisdiction");
  }

  @Test
  void officerHasNoCreditCode() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new Account(
                    "songjiang-officer",
                    AgencyType.MARKET_REGULATION,
                    "MR-310117",
                    "310117",
                    Set.of(Role.OFFICER),
                    "91310117MA1J3K5L0Y"))
        .withMessageContaining("no credit code");
  }

  private static Account enterprise(String unit, String jurisdiction, String creditCode) {
    return new Account(
        "songjiang-enterprise",
        AgencyType.ENTERPRISE,
        unit,
        jurisdiction,
        Set.of(Role.REPRESENTATIVE),
        creditCode);
  }

  private static Console console(List<String> redirectUris) {
    return new Console("officer-console", redirectUris, List.of(), Duration.ofHours(8));
  }
}
