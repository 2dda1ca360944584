package cn.gov.sh.tradesecret.gateway;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;

/** A route to a port nobody listens on, as when a service is stopped. */
@TestConfiguration(proxyBeanMethods = false)
class UnreachableServiceRoute {

  @Bean
  RouteLocator unreachableServiceRoutes(RouteLocatorBuilder routes) throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    return routes
        .routes()
        .route(
            "unreachable-service",
            (route) -> route.path("/api/unreachable/**").uri("http://localhost:" + closedPort))
        .build();
  }
}
