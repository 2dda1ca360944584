package cn.gov.sh.tradesecret.pilots;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** pilot-service: cultivation of the trade-secret protection innovation pilots (创新试点). */
@SpringBootApplication
public class PilotServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(PilotServiceApplication.class, args);
  }
}
