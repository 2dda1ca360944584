package cn.gov.sh.tradesecret.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The one door of the platform: validates the officer's access token, routes {@code /api/**} to the
 * four services, relays the token unchanged, gives every request a correlation id and serves the
 * aggregated API documentation.
 */
@SpringBootApplication
public class GatewayApplication {

  public static void main(String[] args) {
    SpringApplication.run(GatewayApplication.class, args);
  }
}
