package cn.gov.sh.tradesecret.testsupport.archfixture.service.feature;

import cn.gov.sh.tradesecret.testsupport.DemoAccount;

/** Code of one "service" using another module's class: what servicesStayApart refuses. */
public class UsesAnotherService {
  public String unit() {
    return DemoAccount.SONGJIANG_OFFICER.unit();
  }
}
