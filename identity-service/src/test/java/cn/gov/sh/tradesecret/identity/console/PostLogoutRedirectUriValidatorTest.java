package cn.gov.sh.tradesecret.identity.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostLogoutRedirectUriValidatorTest {

  @ParameterizedTest(name = "{0} accepts {1}")
  @CsvSource({
    "http://127.0.0.1:8086/console/, http://127.0.0.1:8086/console/",
    "http://127.0.0.1:8086/console/, http://127.0.0.1:41234/console/",
    "http://[::1]:8086/console/, http://[::1]:41234/console/",
    "https://console.example.gov.cn/console/, https://console.example.gov.cn/console/"
  })
  void acceptsTheRegisteredUriAndLoopbackIpsOnAnyPort(String registered, String requested) {
    assertThat(PostLogoutRedirectUriValidator.matches(registered, requested)).isTrue();
  }

  @ParameterizedTest(name = "{0} refuses {1}")
  @CsvSource({
    "http://127.0.0.1:8086/console/, http://127.0.0.1:8086/elsewhere/",
    "http://127.0.0.1:8086/console/, http://127.0.0.2:8086/console/",
    "http://127.0.0.1:8086/console/, https://127.0.0.1:8086/console/",
    "http://127.0.0.1:8086/console/, http://127.0.0.1:8086/console/?next=evil",
    "http://127.0.0.1:8086/console/, http://127.0.0.1:8086/console/#top",
    "http://127.0.0.1:8086/console/, http://evil@127.0.0.1:8086/console/",
    "http://localhost:8086/console/, http://localhost:8087/console/",
    "https://console.example.gov.cn/console/, https://console.example.gov.cn:8443/console/",
    "http://127.0.0.1:8086/console/, http://127.0.0.1:8086/console/ <script>"
  })
  void refusesAnythingElse(String registered, String requested) {
    assertThat(PostLogoutRedirectUriValidator.matches(registered, requested)).isFalse();
  }
}
