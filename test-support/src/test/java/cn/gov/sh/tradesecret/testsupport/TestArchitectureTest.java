package cn.gov.sh.tradesecret.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** Each rule of the build fails on a deliberate violation (the classes of {@code archfixture}). */
class TestArchitectureTest {

  static final String FIXTURE = "cn.gov.sh.tradesecret.testsupport.archfixture";
  static final String SERVICE = FIXTURE + ".service";
  static final JavaClasses CLASSES = new ClassFileImporter().importPackages(FIXTURE);

  static String violations(ArchRule rule) {
    return rule.evaluate(CLASSES).getFailureReport().toString();
  }

  @Test
  void domainCodeUsingHttpTypesOrItsWebPackageFailsTheBuild() {
    String report = violations(TestArchitecture.domainSpeaksNoHttp(SERVICE));

    assertThat(report)
        .contains("RefusalWithHttpStatus", "ServiceCallingWeb")
        .doesNotContain("ETagHeader.<clinit>");
    assertThatThrownBy(() -> TestArchitecture.domainSpeaksNoHttp(SERVICE).check(CLASSES))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void aServiceUsingAnotherModulesCodeFailsTheBuild() {
    assertThat(violations(TestArchitecture.servicesStayApart(SERVICE)))
        .contains("UsesAnotherService", "DemoAccount");
  }

  @Test
  void aCycleBetweenFeaturePackagesFailsTheBuild() {
    assertThat(violations(TestArchitecture.featuresFreeOfCycles(SERVICE)))
        .contains("Cycle detected", "First", "Second");
  }

  @Test
  void aTestReadingTheMachinesDateFailsTheBuildUnlessMarkedRealTime() {
    String report = violations(TestArchitecture.testsSetTheirOwnClock());

    assertThat(report)
        .contains("ReadsTheMachinesDate.today()", "LocalDate.now(java.time.ZoneId)")
        .doesNotContain("MintsATokenOnRealTime");
  }
}
