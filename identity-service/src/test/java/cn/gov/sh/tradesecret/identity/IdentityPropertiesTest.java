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
            Set.of(Role.OFFICER));
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

  private static Console console(List<String> redirectUris) {
    return new Console("officer-console", redirectUris, List.of(), Duration.ofHours(8));
  }
}
