package cn.gov.sh.tradesecret.gateway.routing;

import java.net.URI;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.discovery.ReactiveDiscoveryClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * The instances of each service as configured ({@link ServiceInstancesProperties}), for Spring
 * Cloud LoadBalancer: a route to {@code lb://case-service} is balanced (round robin) over every
 * configured address of case-service. A GET, HEAD or OPTIONS whose connection fails is tried once
 * more, on the next instance (the {@code Retry} default filter); a POST, PUT, PATCH or DELETE never
 * is, since the service may have acted on it.
 */
@Component
@EnableConfigurationProperties(ServiceInstancesProperties.class)
class ConfiguredServiceInstances implements ReactiveDiscoveryClient {

  private final ServiceInstancesProperties properties;

  ConfiguredServiceInstances(ServiceInstancesProperties properties) {
    this.properties = properties;
  }

  @Override
  public String description() {
    return "instances of each service from platform.gateway.instances";
  }

  @Override
  public Flux<ServiceInstance> getInstances(String serviceId) {
    List<URI> addresses = this.properties.instances().getOrDefault(serviceId, List.of());
    return Flux.range(0, addresses.size()).map((i) -> instance(serviceId, i, addresses.get(i)));
  }

  @Override
  public Flux<String> getServices() {
    return Flux.fromIterable(this.properties.instances().keySet());
  }

  private static ServiceInstance instance(String serviceId, int index, URI address) {
    boolean secure = "https".equals(address.getScheme());
    int port = (address.getPort() != -1) ? address.getPort() : (secure ? 443 : 80);
    return new DefaultServiceInstance(
        serviceId + "-" + index, serviceId, address.getHost(), port, secure);
  }
}
