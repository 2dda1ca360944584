package cn.gov.sh.tradesecret.gateway.routing;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.discovery.ReactiveDiscoveryClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The instances of each service as configured ({@link ServiceInstancesProperties}), for Spring
 * Cloud LoadBalancer: a route to {@code lb://case-service} is balanced (round robin) over every
 * configured address of case-service. A GET, HEAD or OPTIONS whose connection fails is tried once
 * more, on the next instance (the {@code Retry} default filter); a POST, PUT, PATCH or DELETE never
 * is, since the service may have acted on it.
 *
 * <p>A configured host name that the DNS answers with several addresses (docker-compose {@code
 * --scale}, a Kubernetes headless service) is one instance per address: the HTTP client would
 * otherwise connect to the first address only and keep that connection, so the other replicas would
 * receive nothing. LoadBalancer caches the list (35 s), so a replica that comes or goes is seen
 * within that time. Loopback names stay as written ({@code localhost} is one process on {@code
 * 127.0.0.1} and {@code ::1}), and so does a name the DNS does not know yet.
 */
@Component
@EnableConfigurationProperties(ServiceInstancesProperties.class)
class ConfiguredServiceInstances implements ReactiveDiscoveryClient {

  /** The addresses of a host name; {@link InetAddress#getAllByName} in production. */
  interface Resolver {
    InetAddress[] addressesOf(String host) throws UnknownHostException;
  }

  private final ServiceInstancesProperties properties;
  private final Resolver resolver;

  @Autowired
  ConfiguredServiceInstances(ServiceInstancesProperties properties) {
    this(properties, InetAddress::getAllByName);
  }

  ConfiguredServiceInstances(ServiceInstancesProperties properties, Resolver resolver) {
    this.properties = properties;
    this.resolver = resolver;
  }

  @Override
  public String description() {
    return "instances of each service from platform.gateway.instances, one per DNS address";
  }

  @Override
  public Flux<ServiceInstance> getInstances(String serviceId) {
    List<URI> addresses = this.properties.instances().getOrDefault(serviceId, List.of());
    // DNS lookups block: off the event loop.
    return Mono.fromCallable(() -> instances(serviceId, addresses))
        .subscribeOn(Schedulers.boundedElastic())
        .flatMapIterable((instances) -> instances);
  }

  @Override
  public Flux<String> getServices() {
    return Flux.fromIterable(this.properties.instances().keySet());
  }

  List<ServiceInstance> instances(String serviceId, List<URI> addresses) {
    return addresses.stream()
        .flatMap((address) -> hostsOf(address.getHost()).map((host) -> instance(address, host)))
        .map(new Numbering(serviceId)::next)
        .toList();
  }

  private Stream<String> hostsOf(String host) {
    InetAddress[] resolved;
    try {
      resolved = this.resolver.addressesOf(host);
    } catch (UnknownHostException notYet) {
      return Stream.of(host);
    }
    if (resolved.length <= 1 || Arrays.stream(resolved).anyMatch(InetAddress::isLoopbackAddress)) {
      return Stream.of(host);
    }
    return Arrays.stream(resolved).map(InetAddress::getHostAddress).distinct();
  }

  private static URI instance(URI address, String host) {
    return URI.create(address.getScheme() + "://" + hostPart(host) + ":" + port(address));
  }

  private static String hostPart(String host) {
    return (host.contains(":") && !host.startsWith("[")) ? "[" + host + "]" : host;
  }

  private static int port(URI address) {
    if (address.getPort() != -1) {
      return address.getPort();
    }
    return "https".equals(address.getScheme()) ? 443 : 80;
  }

  /** Gives the instances of one service the ids {@code <service>-0}, {@code <service>-1}, ... */
  private static final class Numbering {
    private final String serviceId;
    private int next;

    Numbering(String serviceId) {
      this.serviceId = serviceId;
    }

    ServiceInstance next(URI address) {
      return new DefaultServiceInstance(
          this.serviceId + "-" + this.next++,
          this.serviceId,
          address.getHost(),
          address.getPort(),
          "https".equals(address.getScheme()));
    }
  }
}
