package cn.gov.sh.tradesecret.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InfrastructureModeTest {

  @Test
  void explicitSettingsChooseTheirMode() {
    assertThat(InfrastructureMode.resolve("embedded")).isEqualTo(InfrastructureMode.EMBEDDED);
    assertThat(InfrastructureMode.resolve("testcontainers"))
        .isEqualTo(InfrastructureMode.TESTCONTAINERS);
  }

  @Test
  void autoChoosesTestcontainersExactlyWhenDockerAnswersWithTheImages() {
    InfrastructureMode expected =
        InfrastructureMode.dockerHoldsTheImages()
            ? InfrastructureMode.TESTCONTAINERS
            : InfrastructureMode.EMBEDDED;

    assertThat(InfrastructureMode.resolve("auto")).isEqualTo(expected);
  }

  @Test
  void autoFallsBackToEmbeddedWhenAnImageIsMissing() {
    String configured = System.getProperty("platform.test.postgres-image");
    System.setProperty("platform.test.postgres-image", "tradesecret/never-built:none");
    try {
      assertThat(InfrastructureMode.resolve("auto")).isEqualTo(InfrastructureMode.EMBEDDED);
    } finally {
      if (configured == null) {
        System.clearProperty("platform.test.postgres-image");
      } else {
        System.setProperty("platform.test.postgres-image", configured);
      }
    }
  }

  @Test
  void anUnknownSettingIsRefusedNamingTheChoices() {
    assertThatThrownBy(() -> InfrastructureMode.resolve("h2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("auto, testcontainers or embedded");
  }
}
