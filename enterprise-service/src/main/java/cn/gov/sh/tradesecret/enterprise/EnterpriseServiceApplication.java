package cn.gov.sh.tradesecret.enterprise;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** enterprise-service: the platform's side for enterprises, the rights holders (企业). */
@SpringBootApplication
public class EnterpriseServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(EnterpriseServiceApplication.class, args);
  }
}
