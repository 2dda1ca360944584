package cn.gov.sh.tradesecret.pilots;

import cn.gov.sh.tradesecret.testsupport.TestArchitecture;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/** The rules of the build that this service's code obeys (see {@link TestArchitecture}). */
class ArchitectureTest {

  static final String SERVICE = "cn.gov.sh.tradesecret.pilots";
  static final JavaClasses MAIN = TestArchitecture.moduleMain();

  @Test
  void domainSpeaksNoHttp() {
    TestArchitecture.domainSpeaksNoHttp(SERVICE).check(MAIN);
  }

  @Test
  void usesNoOtherServicesCode() {
    TestArchitecture.servicesStayApart(SERVICE).check(MAIN);
  }

  @Test
  void featurePackagesFormNoCycle() {
    TestArchitecture.featuresFreeOfCycles(SERVICE).check(MAIN);
  }

  @Test
  void testsNeverReadTheMachinesClock() {
    TestArchitecture.testsSetTheirOwnClock().check(TestArchitecture.moduleTests());
  }
}
