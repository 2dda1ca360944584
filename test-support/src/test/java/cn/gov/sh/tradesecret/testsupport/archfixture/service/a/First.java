package cn.gov.sh.tradesecret.testsupport.archfixture.service.a;

import cn.gov.sh.tradesecret.testsupport.archfixture.service.b.Second;

/** One half of a cycle between feature packages a and b. */
public class First {
  public Second next() {
    return new Second();
  }
}
