package cn.gov.sh.tradesecret.testsupport;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The rules of the build that every domain service obeys (see {@link TestArchitecture}): a
 * service's {@code ArchitectureTest} extends this with its root package.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ServiceArchitectureTest {

  private final String servicePackage;
  private final JavaClasses main = TestArchitecture.moduleMain();

  protected ServiceArchitectureTest(String servicePackage) {
    this.servicePackage = servicePackage;
  }

  @Test
  void domainSpeaksNoHttp() {
    TestArchitecture.domainSpeaksNoHttp(servicePackage).check(main);
  }

  @Test
  void usesNoOtherServicesCode() {
    TestArchitecture.servicesStayApart(servicePackage).check(main);
  }

  @Test
  void featurePackagesFormNoCycle() {
    TestArchitecture.featuresFreeOfCycles(servicePackage).check(main);
  }

  @Test
  void testsNeverReadTheMachinesClock() {
    TestArchitecture.testsSetTheirOwnClock().check(TestArchitecture.moduleTests());
  }
}
