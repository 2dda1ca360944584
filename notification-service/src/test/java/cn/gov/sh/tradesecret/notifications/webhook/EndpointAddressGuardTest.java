package cn.gov.sh.tradesecret.notifications.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.sh.tradesecret.support.domain.DomainException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SSRF guard with the allow-list empty (production's default) and with operators' ranges, on a
 * fake DNS.
 */
class EndpointAddressGuardTest {

  /** A DNS of a few names; literals are parsed as the JDK parses them, never looked up. */
  static final Map<String, List<String>> DNS =
      Map.of(
          "cases.example.gov.cn", List.of("202.96.209.5", "240e:1::7"),
          "docs.example.gov.cn", List.of("202.96.209.6", "2001:db8::7"),
          "metadata.example.gov.cn", List.of("169.254.169.254"),
          "intranet.example.gov.cn", List.of("10.20.30.40"),
          "split.example.gov.cn", List.of("202.96.209.8", "192.168.1.8"),
          "aliyun-metadata.example.gov.cn", List.of("100.100.100.200"),
          "localhost", List.of("127.0.0.1", "::1"));

  static InetAddress[] resolve(String host) throws UnknownHostException {
    List<String> addresses = DNS.get(host);
    if (addresses != null) {
      InetAddress[] resolved = new InetAddress[addresses.size()];
      for (int i = 0; i < resolved.length; i++) {
        resolved[i] =
            InetAddress.getByAddress(host, InetAddress.getByName(addresses.get(i)).getAddress());
      }
      return resolved;
    }
    if (host.matches("[0-9.]+") || host.contains(":")) {
      return InetAddress.getAllByName(host);
    }
    throw new UnknownHostException(host);
  }

  static EndpointAddressGuard guard(String... allowedNetworks) {
    return new EndpointAddressGuard(
        EndpointAddressGuardTest::resolve,
        new WebhookProperties(Duration.ofHours(24), List.of(allowedNetworks)));
  }

  static String refusalMessage(EndpointAddressGuard guard, String url) {
    try {
      guard.check(url);
      return null;
    } catch (DomainException.Invalid e) {
      assertThat(e.fields()).extracting(DomainException.FieldProblem::field).containsExactly("url");
      return e.fields().get(0).message();
    }
  }

  static String url(String address) {
    return "https://" + SpecialPurposeAddresses.literal(address) + "/hook";
  }

  @ParameterizedTest(name = "{0} is refused as {1}")
  @FieldSource("cn.gov.sh.tradesecret.notifications.webhook.SpecialPurposeAddresses#NOT_GLOBAL")
  void everyAddressThatIsNotGloballyReachableIsRefused(String row) {
    String address = SpecialPurposeAddresses.address(row);
    String kind = SpecialPurposeAddresses.kind(row);

    assertThat(refusalMessage(guard(), url(address))).as(address).isNotNull().contains(kind);
    assertThat(guard().refusal(url(address))).as("checked again before each attempt").isPresent();
  }

  @ParameterizedTest(name = "{0} passes")
  @FieldSource("cn.gov.sh.tradesecret.notifications.webhook.SpecialPurposeAddresses#GLOBAL")
  void globallyReachableAddressesPass(String address) {
    assertThat(refusalMessage(guard(), url(address))).as(address).isNull();
    assertThat(guard().refusal(url(address))).isEmpty();
  }

  @ParameterizedTest(name = "{0} is refused as {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "https://localhost/hook | loopback",
        "https://2130706433/hook | loopback",
        "https://127.8.9.10:8443/hook | loopback",
        "https://[::127.0.0.1]/hook | IPv4-compatible",
        "https://[::ffff:10.0.0.1]/hook | IPv4-mapped",
        "https://metadata.example.gov.cn/ | link-local",
        "https://intranet.example.gov.cn/hook | private",
        "https://split.example.gov.cn/hook | private",
        "https://aliyun-metadata.example.gov.cn/ | shared",
        "https://docs.example.gov.cn/hook | documentation"
      })
  void namesAndOtherSpellingsAreRefusedByWhatTheyResolveTo(String url, String kind) {
    String message = refusalMessage(guard(), url);

    assertThat(message).as(url).isNotNull().contains(kind).doesNotContain("10.20.30.40");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://cases.example.gov.cn/hooks/platform",
        "https://8.8.8.8:8443/hook",
        "https://[2001:4860:4860::8888]/hook"
      })
  void publicHostsPass(String url) {
    assertThat(refusalMessage(guard(), url)).isNull();
    assertThat(guard().refusal(url)).isEmpty();
  }

  @Test
  void aHostThatDoesNotResolveIsRefused() {
    assertThat(refusalMessage(guard(), "https://nowhere.example.gov.cn/hook"))
        .contains("does not resolve");
    assertThat(guard().refusal("https://nowhere.example.gov.cn/hook"))
        .hasValueSatisfying(reason -> assertThat(reason).contains("does not resolve"));
  }

  @Test
  void anAllowedNetworkAdmitsItsAddressesOnlyOverHttps() {
    EndpointAddressGuard guard = guard("10.20.0.0/16", "fd00::/8");

    assertThat(refusalMessage(guard, "https://intranet.example.gov.cn/hook")).isNull();
    assertThat(refusalMessage(guard, "https://[fd12::1]/hook")).isNull();
    assertThat(refusalMessage(guard, "https://10.21.0.1/hook"))
        .as("outside the range")
        .contains("private");
    assertThat(refusalMessage(guard, "https://169.254.169.254/")).contains("link-local");
    assertThat(refusalMessage(guard, "http://intranet.example.gov.cn/hook")).contains("HTTPS");
  }

  @Test
  void plainHttpNeedsAnAllowedLoopbackAddress() {
    assertThat(refusalMessage(guard(), "http://127.0.0.1:9/hook"))
        .as("loopback not allowed")
        .contains("loopback");
    assertThat(refusalMessage(guard("127.0.0.0/8"), "http://127.0.0.1:9/hook")).isNull();
    assertThat(refusalMessage(guard("127.0.0.0/8"), "http://[::1]:9/hook")).contains("loopback");
    assertThat(refusalMessage(guard("127.0.0.0/8"), "http://localhost:9/hook"))
        .as("::1 is not allowed")
        .contains("loopback");
    assertThat(refusalMessage(guard("127.0.0.0/8", "::1/128"), "http://localhost:9/hook")).isNull();
    assertThat(refusalMessage(guard("127.0.0.0/8"), "http://cases.example.gov.cn/hook"))
        .contains("HTTPS");
    assertThat(refusalMessage(guard("0.0.0.0/0"), "http://202.96.209.5/hook"))
        .as("not loopback")
        .contains("HTTPS");
  }

  @Test
  void theFormOfTheUrlIsCheckedFirst() {
    assertThat(refusalMessage(guard(), "ftp://cases.example.gov.cn/hook")).contains("http(s)");
    assertThat(refusalMessage(guard(), "https://u:p@cases.example.gov.cn/hook"))
        .contains("credentials");
    assertThat(refusalMessage(guard(), "not a url")).isNotNull();
    assertThat(refusalMessage(guard(), "https://127.1/hook"))
        .as("not a host the URL grammar knows")
        .isNotNull();
    assertThat(guard().refusal("::not a url")).isPresent();
  }

  @Test
  void aMalformedAllowedNetworkStopsTheStart() {
    for (String bad :
        List.of("intranet.example.gov.cn", "10.0.0.0/33", "fd00::/129", "10.0.0.0/x")) {
      assertThatThrownBy(() -> guard(bad))
          .as(bad)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("platform.notifications.webhooks.allowed-networks");
    }
  }
}
