package cn.gov.sh.tradesecret.console;

import cn.gov.sh.tradesecret.testsupport.ServiceArchitectureTest;

/** The rules of the build that the console's code obeys. */
class ArchitectureTest extends ServiceArchitectureTest {

  ArchitectureTest() {
    super("cn.gov.sh.tradesecret.console");
  }
}
