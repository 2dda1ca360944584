package cn.gov.sh.tradesecret.identity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The platform's embedded OAuth2 / OpenID Connect issuer: it signs the JWT access tokens that the
 * gateway and every service validate, for the demo accounts of each agency.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class IdentityServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(IdentityServiceApplication.class, args);
  }
}
