package cn.gov.sh.tradesecret.notifications;

import cn.gov.sh.tradesecret.notifications.webhook.HostResolver;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The DNS the webhook address guard sees in the integration tests: names a test points where it
 * wants (and re-points, as a DNS change would), every other name and literal as the JDK resolves
 * it. The agencies' example hosts resolve to public addresses (never called: the HTTP client
 * resolves with the JDK).
 */
@TestConfiguration(proxyBeanMethods = false)
class TestDns {

  static final Map<String, String> NAMES =
      new ConcurrentHashMap<>(
          Map.of(
              "cases.example.gov.cn", "202.96.209.10",
              "cases.songjiang.example.gov.cn", "202.96.209.11"));

  static void point(String name, String address) {
    NAMES.put(name, address);
  }

  @Bean
  @Primary
  HostResolver testHostResolver() {
    return TestDns::resolve;
  }

  static InetAddress[] resolve(String host) throws UnknownHostException {
    String address = NAMES.get(host);
    return address == null
        ? InetAddress.getAllByName(host)
        : new InetAddress[] {
          InetAddress.getByAddress(host, InetAddress.getByName(address).getAddress())
        };
  }
}
