package cn.gov.sh.tradesecret.referrals;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** referral-service: administrative-to-criminal referrals (行刑衔接) and back. */
@SpringBootApplication
public class ReferralServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(ReferralServiceApplication.class, args);
  }
}
