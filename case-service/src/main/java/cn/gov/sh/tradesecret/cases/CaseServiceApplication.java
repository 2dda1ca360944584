package cn.gov.sh.tradesecret.cases;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** case-service: trade-secret infringement cases from lead to closing. */
@SpringBootApplication
public class CaseServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(CaseServiceApplication.class, args);
  }
}
