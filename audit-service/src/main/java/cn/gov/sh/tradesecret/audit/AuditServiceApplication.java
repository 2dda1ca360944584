package cn.gov.sh.tradesecret.audit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * audit-service: the audit log of every state-changing request (who, what, when, from where, the
 * outcome) and the tamper-evident ledger of every event, held outside the producing services.
 */
@SpringBootApplication
public class AuditServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(AuditServiceApplication.class, args);
  }
}
