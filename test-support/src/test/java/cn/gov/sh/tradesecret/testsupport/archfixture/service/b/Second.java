package cn.gov.sh.tradesecret.testsupport.archfixture.service.b;

import cn.gov.sh.tradesecret.testsupport.archfixture.service.a.First;

/** The other half of the cycle. */
public class Second {
  public First back() {
    return new First();
  }
}
