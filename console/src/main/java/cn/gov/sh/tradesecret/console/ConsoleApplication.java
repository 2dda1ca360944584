package cn.gov.sh.tradesecret.console;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The officers' console: pages in the browser over the platform's APIs. A backend-for-frontend: the
 * officer logs in at identity-service, the tokens stay in the server session, and every page calls
 * the APIs through the gateway with the officer's token. It stores no domain data.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ConsoleApplication {

  public static void main(String[] args) {
    SpringApplication.run(ConsoleApplication.class, args);
  }
}
