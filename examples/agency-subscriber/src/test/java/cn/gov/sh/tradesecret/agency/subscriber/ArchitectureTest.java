package cn.gov.sh.tradesecret.agency.subscriber;

import cn.gov.sh.tradesecret.testsupport.TestArchitecture;
import org.junit.jupiter.api.Test;

/** The rules of the build that this module's code obeys. */
class ArchitectureTest {

  @Test
  void testsNeverReadTheMachinesClock() {
    TestArchitecture.testsSetTheirOwnClock().check(TestArchitecture.moduleTests());
  }
}
