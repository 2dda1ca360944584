package cn.gov.sh.tradesecret.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;

/**
 * Routes to services that fail at the transport: {@code /api/unreachable/**} to a port nobody
 * listens on (a stopped service), {@code /api/cut/**} to a server that reads the request and resets
 * the connection without answering (a service killed while it handled the request).
 */
@TestConfiguration(proxyBeanMethods = false)
class UnreachableServiceRoute {

  @Bean(destroyMethod = "close")
  ServerSocket cuttingServer() throws IOException {
    ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor =
        new Thread(
            () -> {
              while (!server.isClosed()) {
                try (Socket connection = server.accept()) {
                  InputStream in = connection.getInputStream();
                  in.read(new byte[8192]); // the request's first bytes: it was received
                  connection.setSoLinger(true, 0); // close with a reset, as a killed process does
                } catch (IOException closed) {
                  // the server socket closed at shutdown, or the peer went first
                }
              }
            },
            "cutting-server");
    acceptor.setDaemon(true);
    acceptor.start();
    return server;
  }

  @Bean
  RouteLocator unreachableServiceRoutes(RouteLocatorBuilder routes, ServerSocket cuttingServer)
      throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    return routes
        .routes()
        .route(
            "unreachable-service",
            (route) -> route.path("/api/unreachable/**").uri("http://localhost:" + closedPort))
        .route(
            "cut-service",
            (route) ->
                route.path("/api/cut/**").uri("http://127.0.0.1:" + cuttingServer.getLocalPort()))
        .build();
  }
}
