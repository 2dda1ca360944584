package cn.gov.sh.tradesecret.enterprise;

import cn.gov.sh.tradesecret.testsupport.ServiceArchitectureTest;

/** The rules of the build that this service's code obeys. */
class ArchitectureTest extends ServiceArchitectureTest {

  ArchitectureTest() {
    super("cn.gov.sh.tradesecret.enterprise");
  }
}
