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
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SSRF guard with the allow-list empty (production's default) and with operators' ranges, on a
 * fake DNS.
 */
class EndpointAddressGuardTest {

  /** A DNS of a few names; literals are parsed as the JDK parses them, never looked up. */
  static final Map<String, List<String>> DNS =
      Map.of(
          "cases.example.gov.cn", List.of("203.0.113.7", "2001:db8::7"),
          "metadata.example.gov.cn", List.of("169.254.169.254"),
          "intranet.example.gov.cn", List.of("10.20.30.40"),
          "split.example.gov.cn", List.of("203.0.113.8", "192.168.1.8"),
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

  @ParameterizedTest(name = "{0} is refused as {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "https://127.0.0.1/hook | loopback",
        "https://127.8.9.10:8443/hook | loopback",
        "https://[::1]/hook | loopback",
        "https://localhost/hook | loopback",
        "https://2130706433/hook | loopback",
        "https://[::127.0.0.1]/hook | loopback",
        "https://169.254.169.254/latest/meta-data/ | link-local",
        "https://metadata.example.gov.cn/ | link-local",
        "https://[fe80::1]/hook | link-local",
        "https://10.0.0.1/hook | private",
        "https://intranet.example.gov.cn/hook | private",
        "https://172.16.0.1/hook | private",
        "https://172.31.255.255/hook | private",
        "https://192.168.1.1/hook | private",
        "https://[fc00::1]/hook | private",
        "https://[fd12:3456::1]/hook | private",
        "https://[::ffff:10.0.0.1]/hook | private",
        "https://[64:ff9b::a00:1]/hook | private",
        "https://split.example.gov.cn/hook | private",
        "https://100.100.100.200/latest/meta-data/ | shared",
        "https://aliyun-metadata.example.gov.cn/ | shared",
        "https://0.0.0.0/hook | unspecified",
        "https://0.1.2.3/hook | unspecified",
        "https://[::]/hook | unspecified",
        "https://224.0.0.1/hook | multicast",
        "https://239.255.255.250/hook | multicast",
        "https://[ff02::1]/hook | multicast",
        "https://255.255.255.255/hook | broadcast",
        "https://240.0.0.1/hook | reserved"
      })
  void internalAddressesAreRefusedWhenNoNetworkIsAllowed(String url, String kind) {
    String message = refusalMessage(guard(), url);

    assertThat(message).as(url).isNotNull().contains(kind).doesNotContain("10.20.30.40");
    assertThat(guard().refusal(url)).as("checked again before each attempt").isPresent();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://cases.example.gov.cn/hooks/platform",
        "https://203.0.113.9/hook",
        "https://172.15.255.255/hook",
        "https://172.32.0.1/hook",
        "https://100.63.255.255/hook",
        "https://[2001:db8::1]/hook",
        "https://8.8.8.8:8443/hook"
      })
  void publicAddressesPass(String url) {
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
    assertThat(refusalMessage(guard("0.0.0.0/0"), "http://203.0.113.7/hook"))
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
        List.of("intranet.example.gov.cn", "10.0.0.0/33", "10.0.0/8", "fd00::/129", "10.0.0.0/x")) {
      assertThatThrownBy(() -> guard(bad))
          .as(bad)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("platform.notifications.webhooks.allowed-networks");
    }
  }

  @Test
  void aRangeIgnoresHostBitsAndMatchesItsFamilyOnly() throws Exception {
    NetworkRange range = NetworkRange.parse("10.1.2.3/8");
    assertThat(range.contains(InetAddress.getByName("10.255.0.1"))).isTrue();
    assertThat(range.contains(InetAddress.getByName("11.0.0.1"))).isFalse();
    assertThat(range.contains(InetAddress.getByName("::a01:203"))).isFalse();
    assertThat(NetworkRange.parse("203.0.113.7").contains(InetAddress.getByName("203.0.113.7")))
        .isTrue();
    assertThat(NetworkRange.parse("203.0.113.7").contains(InetAddress.getByName("203.0.113.8")))
        .isFalse();
    assertThat(NetworkRange.parse("fe80::/10").contains(InetAddress.getByName("febf::1"))).isTrue();
    assertThat(NetworkRange.parse("fe80::/10").contains(InetAddress.getByName("fec0::1")))
        .isFalse();
  }
}
