package cn.gov.sh.tradesecret.notifications;

import cn.gov.sh.tradesecret.testsupport.TestArchitecture;
import org.junit.jupiter.api.Test;

/** The rules of the build that the benchmarks' code obeys. */
class BenchmarksArchitectureTest {

  @Test
  void benchmarksReadTheMachinesClockOnlyWhereMarked() {
    TestArchitecture.testsSetTheirOwnClock().check(TestArchitecture.moduleTests());
  }
}
