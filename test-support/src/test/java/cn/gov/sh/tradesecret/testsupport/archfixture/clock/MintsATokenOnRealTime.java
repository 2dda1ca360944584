package cn.gov.sh.tradesecret.testsupport.archfixture.clock;

import cn.gov.sh.tradesecret.testsupport.RealTime;
import java.time.Instant;

/** Reading the real time on purpose, with the reason: allowed. */
@RealTime("a token's lifetime is checked against the real time")
public class MintsATokenOnRealTime {
  public Instant issuedAt() {
    return Instant.now();
  }
}
