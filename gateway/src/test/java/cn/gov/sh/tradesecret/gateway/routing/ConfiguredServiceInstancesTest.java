package cn.gov.sh.tradesecret.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.client.ServiceInstance;

class ConfiguredServiceInstancesTest {

  private static final Map<String, InetAddress[]> DNS =
      Map.of(
          "case-service", ips("172.18.0.7", "172.18.0.9"),
          "audit-service", ips("172.18.0.5"),
          "localhost", ips("127.0.0.1", "::1"));

  private final ConfiguredServiceInstances instances =
      new ConfiguredServiceInstances(
          new ServiceInstancesProperties(Map.of()),
          (host) -> {
            InetAddress[] found = DNS.get(host);
            if (found == null) {
              throw new UnknownHostException(host);
            }
            return found;
          });

  @Test
  void aNameTheDnsAnswersWithSeveralAddressesIsOneInstancePerAddress() {
    assertThat(instancesOf("case-service", "http://case-service:8081"))
        .containsExactly("case-service-0 172.18.0.7:8081", "case-service-1 172.18.0.9:8081");
  }

  @Test
  void aNameWithOneAddressALoopbackNameAndAnUnknownNameStayAsConfigured() {
    assertThat(
            instancesOf(
                "audit-service",
                "http://audit-service:8085",
                "http://localhost:8095",
                "http://not-started-yet:8085"))
        .containsExactly(
            "audit-service-0 audit-service:8085",
            "audit-service-1 localhost:8095",
            "audit-service-2 not-started-yet:8085");
  }

  @Test
  void theDefaultPortFollowsTheScheme() {
    ServiceInstance secure =
        this.instances.instances("x", List.of(URI.create("https://audit-service"))).get(0);
    assertThat(secure.isSecure()).isTrue();
    assertThat(secure.getPort()).isEqualTo(443);
  }

  private List<String> instancesOf(String serviceId, String... configured) {
    return this.instances
        .instances(serviceId, List.of(configured).stream().map(URI::create).toList())
        .stream()
        .map((i) -> i.getInstanceId() + " " + i.getHost() + ":" + i.getPort())
        .toList();
  }

  private static InetAddress[] ips(String... literals) {
    return List.of(literals).stream()
        .map(
            (literal) -> {
              try {
                return InetAddress.getByName(literal);
              } catch (UnknownHostException e) {
                throw new IllegalArgumentException(literal, e);
              }
            })
        .toArray(InetAddress[]::new);
  }
}
